import * as net from 'net';
import { API_HANDLERS } from '../handlers/api-table';
import { ApiKey, SUPPORTED_APIS } from '../protocol/api-keys';
import { FrameDecoder, FrameError } from '../protocol/frame-decoder';
import { ProtocolError, Reader } from '../protocol/primitives';
import { BrokerContext, ConnectionHandle, RequestHeader } from './broker-context';

/** Frames queued before reading from the socket is paused (backpressure on pipelining clients). */
const MAX_QUEUED_FRAMES = 64;

const VERSION_RANGES = new Map(SUPPORTED_APIS.map((a) => [a.apiKey, a]));

/**
 * One client socket. Requests are handled strictly in order, one at a time, so
 * responses go out in request order (as Kafka guarantees). Any protocol violation
 * closes this connection only.
 */
export class Connection implements ConnectionHandle {
  readonly clientHost: string;
  closed = false;
  private readonly decoder: FrameDecoder;
  private queue: Buffer[] = [];
  private processing = false;
  private closeCallbacks = new Set<() => void>();

  constructor(
    private readonly socket: net.Socket,
    private readonly ctx: BrokerContext,
    maxRequestBytes: number,
    idleTimeoutMs: number,
  ) {
    this.clientHost = `/${socket.remoteAddress ?? 'unknown'}`;
    this.decoder = new FrameDecoder(maxRequestBytes);
    socket.setNoDelay(true);
    if (idleTimeoutMs > 0) {
      socket.setTimeout(idleTimeoutMs, () => this.destroy('idle timeout'));
    }
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', () => this.destroy());
    socket.on('close', () => this.destroy());
  }

  onClose(cb: () => void): () => void {
    if (this.closed) {
      cb();
      return () => undefined;
    }
    this.closeCallbacks.add(cb);
    return () => this.closeCallbacks.delete(cb);
  }

  destroy(reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    if (reason) this.ctx.logger.warn(`kafka-broker: closing connection from ${this.clientHost}: ${reason}`);
    this.socket.destroy();
    this.queue = [];
    for (const cb of [...this.closeCallbacks]) cb();
    this.closeCallbacks.clear();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.decoder.push(chunk);
    try {
      for (let frame = this.decoder.next(); frame; frame = this.decoder.next()) this.queue.push(frame);
    } catch (err) {
      this.destroy(err instanceof FrameError ? err.message : String(err));
      return;
    }
    if (this.queue.length >= MAX_QUEUED_FRAMES) this.socket.pause();
    if (!this.processing) void this.drain();
  }

  private async drain(): Promise<void> {
    this.processing = true;
    try {
      while (this.queue.length && !this.closed) {
        const frame = this.queue.shift()!;
        await this.handle(frame);
        if (this.queue.length < MAX_QUEUED_FRAMES / 2 && this.socket.isPaused() && !this.closed) this.socket.resume();
      }
    } finally {
      this.processing = false;
    }
  }

  private async handle(frame: Buffer): Promise<void> {
    let header: RequestHeader;
    const r = new Reader(frame);
    try {
      header = { apiKey: r.int16(), apiVersion: r.int16(), correlationId: r.int32(), clientId: r.nullableString() ?? '' };
    } catch {
      this.destroy('malformed request header');
      return;
    }
    const range = VERSION_RANGES.get(header.apiKey);
    const handler = API_HANDLERS.get(header.apiKey);
    if (!range || !handler) {
      // Kafka closes the connection for API keys it does not know.
      this.destroy(`unsupported api key ${header.apiKey} from client '${header.clientId}'`);
      return;
    }
    // ApiVersions answers any version (newer ones with UNSUPPORTED_VERSION); others must match.
    if (header.apiKey !== ApiKey.ApiVersions && (header.apiVersion < range.minVersion || header.apiVersion > range.maxVersion)) {
      this.destroy(`unsupported version ${header.apiVersion} of api key ${header.apiKey} from client '${header.clientId}'`);
      return;
    }
    let body;
    try {
      body = await handler(this.ctx, header, r, this);
    } catch (err) {
      if (err instanceof ProtocolError || err instanceof RangeError) {
        this.destroy(`malformed api ${header.apiKey} v${header.apiVersion} request: ${err.message}`);
      } else {
        this.ctx.logger.error(`kafka-broker: api ${header.apiKey} handler failed: ${(err as Error)?.stack ?? String(err)}`);
        this.destroy('internal error');
      }
      return;
    }
    if (body === null || this.closed) return;
    const chunks = body.toChunks();
    const head = Buffer.allocUnsafe(8);
    head.writeInt32BE(body.length + 4, 0);
    head.writeInt32BE(header.correlationId, 4);
    this.socket.cork();
    let ok = this.socket.write(head);
    for (const c of chunks) ok = this.socket.write(c) && ok;
    this.socket.uncork();
    if (!ok && !this.closed) await this.waitDrain();
  }

  private waitDrain(): Promise<void> {
    return new Promise((resolve) => {
      let unregister: () => void = () => undefined;
      const done = (): void => {
        this.socket.off('drain', done);
        unregister();
        resolve();
      };
      unregister = this.onClose(done);
      this.socket.on('drain', done);
    });
  }
}
