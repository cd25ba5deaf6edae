import * as http from 'http';
import * as https from 'https';
import { isIP } from 'net';
import { Readable } from 'stream';
import * as zlib from 'zlib';
import { AgentPool } from './agent-pool';
import { FetchError } from './fetch-error';
import { backoffMs, parseRetryAfter } from './retry-after';
import { HostAllowList, pinnedLookup, Resolver, systemResolver, VettedAddress, vetHost } from './ssrf-guard';

export interface HttpClientOptions {
  allow: HostAllowList;
  userAgent: string;
  /** From request start until the TCP (and TLS) connection is up. */
  connectTimeoutMs: number;
  /** Longest silence while waiting for headers or between body chunks. */
  readTimeoutMs: number;
  /** Cap on the decoded body; larger responses are cut off and refused. */
  maxBytes: number;
  maxRedirects: number;
  /** Extra attempts after the first, for network errors, 408, 429 and 5xx. */
  maxRetries: number;
  retryBaseMs: number;
  /** A Retry-After longer than this is not slept on: the error carries it for the scheduler. */
  maxRetryWaitMs: number;
  resolver?: Resolver;
  sleep?: (ms: number) => Promise<void>;
  /** Keep-alive connections per origin and vetted address (a private pool by default). */
  agents?: AgentPool;
}

export interface FetchRequest {
  url: string;
  /** Media types accepted (`text/html`, `application/*+xml`); empty accepts anything. */
  accept?: string[];
  /** Validators from the last fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchResult {
  status: number;
  notModified: boolean;
  requestedUrl: string;
  finalUrl: string;
  redirects: string[];
  headers: Record<string, string>;
  contentType: string;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  attempts: number;
  durationMs: number;
}

interface HopResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(new FetchError('aborted', 'aborted while waiting to retry'));
      },
      { once: true },
    );
  });

export function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

export function acceptsType(accept: string[] | undefined, contentType: string): boolean {
  if (!accept?.length) return true;
  const type = mediaType(contentType);
  return accept.some((pattern) => {
    if (pattern === type) return true;
    // `application/*+xml` matches application/rss+xml, application/atom+xml…
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return re.test(type);
  });
}

/**
 * An HTTP GET that is safe against the open web: SSRF-vetted on every hop, bounded in time and
 * size, with a redirect limit and loop check, content-type check, conditional GET, and retries
 * with backoff that honour Retry-After.
 */
export class GuardedHttpClient {
  private readonly resolver: Resolver;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly agents: AgentPool;

  constructor(private readonly options: HttpClientOptions) {
    this.resolver = options.resolver ?? systemResolver;
    this.sleep = options.sleep ?? defaultSleep;
    this.agents = options.agents ?? new AgentPool();
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agents.destroy();
  }

  async fetch(request: FetchRequest): Promise<FetchResult> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let retryAfterMs: number | null = null;
      let failure: FetchError;
      try {
        const result = await this.followRedirects(request);
        if (result.status === 304 || (result.status >= 200 && result.status < 300)) {
          return { ...result, attempts: attempt + 1, durationMs: Date.now() - started };
        }
        retryAfterMs = parseRetryAfter(result.headers['retry-after']);
        failure = new FetchError('http_status', `HTTP ${result.status} from ${result.finalUrl}`, {
          url: result.finalUrl,
          status: result.status,
          retryAfterMs,
          retryable: RETRY_STATUSES.has(result.status),
        });
      } catch (err) {
        if (!(err instanceof FetchError)) throw err;
        failure = err;
      }
      if (!failure.retryable || attempt >= this.options.maxRetries || request.signal?.aborted) throw failure;
      const wait = retryAfterMs ?? backoffMs(attempt, this.options.retryBaseMs, this.options.maxRetryWaitMs);
      if (wait > this.options.maxRetryWaitMs) throw failure; // too long to hold a slot: the scheduler defers
      await this.sleep(wait, request.signal);
    }
  }

  private async followRedirects(request: FetchRequest): Promise<Omit<FetchResult, 'attempts' | 'durationMs'>> {
    const redirects: string[] = [];
    const visited = new Set<string>();
    let url = request.url;
    for (;;) {
      visited.add(url);
      // Validators belong to the URL they were issued for: only the first hop is conditional.
      const conditional = redirects.length === 0;
      const hop = await this.fetchOnce(url, request, conditional);
      if (REDIRECTS.has(hop.status) && hop.headers.location) {
        let next: string;
        try {
          next = new URL(hop.headers.location, url).toString();
        } catch {
          throw new FetchError('bad_url', `unparseable redirect Location ${hop.headers.location}`, { url });
        }
        if (visited.has(next)) throw new FetchError('redirect_loop', `${url} redirects back to ${next}`, { url, retryable: false });
        if (redirects.length >= this.options.maxRedirects)
          throw new FetchError('too_many_redirects', `more than ${this.options.maxRedirects} redirects from ${request.url}`, { url, retryable: false });
        redirects.push(next);
        url = next;
        continue;
      }
      const contentType = hop.headers['content-type'] ?? '';
      return {
        status: hop.status,
        notModified: hop.status === 304,
        requestedUrl: request.url,
        finalUrl: url,
        redirects,
        headers: hop.headers,
        contentType,
        body: hop.body,
        etag: hop.headers.etag ?? null,
        lastModified: hop.headers['last-modified'] ?? null,
      };
    }
  }

  private async fetchOnce(rawUrl: string, request: FetchRequest, conditional: boolean): Promise<HopResult> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      throw new FetchError('bad_url', `not a URL: ${rawUrl}`, { retryable: false });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad_url', `unsupported scheme ${url.protocol}`, { url: rawUrl, retryable: false });
    // Vetted before any socket exists; the connection then goes to exactly this address, and a
    // kept-alive one is reused only for this origin and address.
    const target = await vetHost(url.hostname, this.options.allow, this.resolver);
    try {
      return await this.hop(url, rawUrl, target, request, conditional, true);
    } catch (err) {
      // The server closed an idle kept-alive socket as we reused it: once more, at once.
      if (err instanceof StaleSocketError) return this.hop(url, rawUrl, target, request, conditional, false);
      throw err;
    }
  }

  private hop(url: URL, rawUrl: string, target: VettedAddress, request: FetchRequest, conditional: boolean, mayResend: boolean): Promise<HopResult> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: request.accept?.length ? `${request.accept.join(', ')};q=1, */*;q=0.1` : '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditional && request.etag) headers['if-none-match'] = request.etag;
    if (conditional && request.lastModified) headers['if-modified-since'] = request.lastModified;
    const transport = url.protocol === 'https:' ? https : http;
    const { connectTimeoutMs, readTimeoutMs, maxBytes } = this.options;

    return new Promise<HopResult>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | null = null;
      let answered = false;
      const finish = (err: Error | null, value?: HopResult) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        if (err) {
          req.destroy();
          reject(err);
        } else resolve(value!);
      };
      const arm = (ms: number, code: 'connect_timeout' | 'read_timeout') => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => finish(new FetchError(code, `${code === 'connect_timeout' ? 'no connection' : 'no data'} within ${ms} ms from ${rawUrl}`, { url: rawUrl })), ms);
      };
      const onAbort = () => finish(new FetchError('aborted', `aborted: ${rawUrl}`, { url: rawUrl, retryable: false }));

      const req = transport.request(
        {
          protocol: url.protocol,
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers,
          lookup: pinnedLookup(target),
          agent: this.agents.agentFor(url, target),
          // SNI and the certificate check use the name, not the vetted IP (IP literals carry no SNI).
          ...(isIP(url.hostname.replace(/^\[|\]$/g, '')) ? {} : { servername: url.hostname }),
        },
        (res) => {
          answered = true;
          arm(readTimeoutMs, 'read_timeout');
          const status = res.statusCode ?? 0;
          const flat = flattenHeaders(res.headers);
          if (REDIRECTS.has(status) || status === 304 || status >= 400) {
            res.resume(); // bodies of redirects and errors are not needed
            return finish(null, { status, headers: flat, body: Buffer.alloc(0) });
          }
          const type = flat['content-type'] ?? '';
          if (!acceptsType(request.accept, type)) {
            return finish(new FetchError('bad_content_type', `content-type "${type || '(none)'}" not accepted for ${rawUrl}`, { url: rawUrl, retryable: false }));
          }
          const declared = Number(flat['content-length']);
          if (!flat['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
            return finish(new FetchError('too_large', `Content-Length ${declared} exceeds ${maxBytes} bytes for ${rawUrl}`, { url: rawUrl, retryable: false }));
          }
          let stream: Readable = res;
          const encoding = (flat['content-encoding'] ?? '').toLowerCase();
          if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
          else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
          else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
          const chunks: Buffer[] = [];
          let size = 0;
          // Raw bytes also reset the read timer: a slow compressed stream is still alive.
          res.on('data', () => arm(readTimeoutMs, 'read_timeout'));
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) return finish(new FetchError('too_large', `body exceeds ${maxBytes} bytes for ${rawUrl}`, { url: rawUrl, retryable: false }));
            chunks.push(chunk);
          });
          stream.on('end', () => finish(null, { status, headers: flat, body: Buffer.concat(chunks) }));
          stream.on('error', (err) => finish(new FetchError('network', `${err.message} reading ${rawUrl}`, { url: rawUrl })));
          res.on('aborted', () => finish(new FetchError('network', `connection closed mid-body: ${rawUrl}`, { url: rawUrl })));
          res.on('error', (err) => finish(new FetchError('network', `${err.message} reading ${rawUrl}`, { url: rawUrl })));
        },
      );
      arm(connectTimeoutMs, 'connect_timeout');
      req.on('socket', (socket) => {
        // A reused socket is already connected: only the wait for the answer remains.
        if (req.reusedSocket) return arm(readTimeoutMs, 'read_timeout');
        const connected = url.protocol === 'https:' ? 'secureConnect' : 'connect';
        socket.once(connected, () => arm(readTimeoutMs, 'read_timeout'));
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (mayResend && req.reusedSocket && !answered && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) return finish(new StaleSocketError());
        finish(new FetchError('network', `${err.message} (${rawUrl})`, { url: rawUrl }));
      });
      if (request.signal?.aborted) return onAbort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      req.end();
    });
  }
}

/** A reused keep-alive socket turned out closed before any answer: safe to send again. */
class StaleSocketError extends Error {}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
