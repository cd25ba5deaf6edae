/** Why a fetch failed, as a stable code for counters and logs. */
export type FetchErrorCode =
  | 'ssrf_blocked'
  | 'dns_failed'
  | 'bad_url'
  | 'connect_timeout'
  | 'read_timeout'
  | 'network'
  | 'too_large'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'bad_content_type'
  | 'http_status'
  | 'robots_disallowed'
  | 'aborted';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; retryAfterMs?: number | null; retryable?: boolean } = {},
  ) {
    super(`${code}: ${message}`);
    this.name = 'FetchError';
  }

  /** Transient failures worth another attempt; refusals (SSRF, size, type) are not. */
  get retryable(): boolean {
    if (this.details.retryable !== undefined) return this.details.retryable;
    return this.code === 'connect_timeout' || this.code === 'read_timeout' || this.code === 'network' || this.code === 'dns_failed';
  }
}
