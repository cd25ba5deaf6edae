import * as http from 'http';
import * as https from 'https';
import { isIP } from 'net';
import { AgentPool } from './agent-pool';
import { FetchError } from './fetch-error';
import { HostAllowList, pinnedLookup, Resolver, systemResolver, vetHost, VettedAddress } from './ssrf-guard';

export interface GuardedPostRequest {
  url: string;
  body: string | Buffer;
  headers: Record<string, string>;
  allow: HostAllowList;
  /** From the request start until the whole response is in. */
  timeoutMs: number;
  resolver?: Resolver;
  /** Keep-alive agents (per origin and vetted address) shared by successive posts; without it,
   * each post opens and closes its own connection. */
  agents?: AgentPool;
}

export interface GuardedPostResult {
  status: number;
  headers: Record<string, string>;
  /** The first bytes of the answer (for logs); the rest is read and dropped. */
  bodyStart: string;
}

const BODY_KEPT = 512;

/**
 * One POST to a URL someone configured (a webhook), with the fetcher's SSRF guard: the host is
 * resolved and every address vetted before a socket exists, and the socket goes to that vetted
 * address (a kept-alive connection from `agents` is reused only for that address). Redirects
 * are not followed (a 3xx comes back as a status): a receiver must not be able to bounce the
 * request elsewhere. Any status is a result; network failures and the timeout are FetchErrors.
 */
export async function guardedPost(req: GuardedPostRequest): Promise<GuardedPostResult> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    throw new FetchError('bad_url', `not a URL: ${req.url}`, { retryable: false });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad_url', `unsupported scheme ${url.protocol}`, { url: req.url, retryable: false });
  const target = await vetHost(url.hostname, req.allow, req.resolver ?? systemResolver);
  const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  try {
    return await post(req, url, target, body, true);
  } catch (err) {
    // The receiver closed an idle kept-alive socket as we reused it, before any answer: once
    // more on a new connection (deliveries are at least once; receivers de-duplicate).
    if (err instanceof StaleSocketError) return post(req, url, target, body, false);
    throw err;
  }
}

/** A reused keep-alive socket turned out closed before any answer. */
class StaleSocketError extends Error {}

function post(req: GuardedPostRequest, url: URL, target: VettedAddress, body: Buffer, mayResend: boolean): Promise<GuardedPostResult> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<GuardedPostResult>((resolve, reject) => {
    let answered = false;
    let settled = false;
    const finish = (err: Error | null, value?: GuardedPostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        request.destroy();
        reject(err);
      } else resolve(value!);
    };
    const request = transport.request(
      {
        protocol: url.protocol,
        host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...req.headers, 'content-length': String(body.length) },
        lookup: pinnedLookup(target),
        agent: req.agents ? req.agents.agentFor(url, target) : false,
        ...(isIP(host) ? {} : { servername: url.hostname }),
      },
      (res) => {
        answered = true;
        let kept = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (kept.length < BODY_KEPT) kept += chunk.slice(0, BODY_KEPT - kept.length);
        });
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
          finish(null, { status: res.statusCode ?? 0, headers, bodyStart: kept });
        });
        res.on('error', (err) => finish(new FetchError('network', `${err.message} reading the answer of ${req.url}`, { url: req.url })));
      },
    );
    const timer = setTimeout(() => finish(new FetchError('read_timeout', `no complete answer within ${req.timeoutMs} ms from ${req.url}`, { url: req.url })), req.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      if (mayResend && request.reusedSocket && !answered && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) return finish(new StaleSocketError());
      finish(new FetchError('network', `${err.message} (${req.url})`, { url: req.url }));
    });
    request.end(body);
  });
}
