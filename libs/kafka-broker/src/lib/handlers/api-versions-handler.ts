import { SUPPORTED_APIS } from '../protocol/api-keys';
import { ErrorCode } from '../protocol/error-codes';
import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

function writeBody(w: Writer, errorCode: number, withThrottle: boolean): Writer {
  w.int16(errorCode);
  w.array(SUPPORTED_APIS, (ww, a) => ww.int16(a.apiKey).int16(a.minVersion).int16(a.maxVersion));
  if (withThrottle) w.int32(0);
  return w;
}

/** v0..2; a newer version gets a v0-layout body with UNSUPPORTED_VERSION so the client downgrades. */
export const handleApiVersions: ApiHandler = (_ctx, header) => {
  if (header.apiVersion > 2) return writeBody(new Writer(), ErrorCode.UNSUPPORTED_VERSION, false);
  return writeBody(new Writer(), ErrorCode.NONE, header.apiVersion >= 1);
};
