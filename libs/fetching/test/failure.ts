import { FetchError } from '../src/lib/http/fetch-error';

/** The FetchError a request ended with; anything else (or success) fails the spec. */
export async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}
