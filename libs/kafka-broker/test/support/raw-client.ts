import * as net from 'net';
import { Reader, Writer } from '../../src/lib/protocol/primitives';

/** Minimal Kafka wire client for tests that need exact control over requests. */
export class RawClient {
  private socket!: net.Socket;
  private buf = Buffer.alloc(0);
  private waiters = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
  private correlationId = 0;
  closed = false;
  /** Correlation ids of responses nobody waited for. */
  unexpected: number[] = [];
  private closeWaiters: (() => void)[] = [];

  static async connect(port: number): Promise<RawClient> {
    const c = new RawClient();
    await new Promise<void>((resolve, reject) => {
      c.socket = net.connect(port, '127.0.0.1', () => resolve());
      c.socket.once('error', reject);
    });
    c.socket.on('error', () => undefined);
    c.socket.on('data', (d) => c.onData(d));
    c.socket.on('close', () => {
      c.closed = true;
      for (const w of c.waiters.values()) w.reject(new Error('connection closed'));
      c.waiters.clear();
      for (const w of c.closeWaiters) w();
    });
    return c;
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    while (this.buf.length >= 4) {
      const size = this.buf.readInt32BE(0);
      if (this.buf.length < 4 + size) break;
      const frame = this.buf.subarray(4, 4 + size);
      this.buf = this.buf.subarray(4 + size);
      const id = frame.readInt32BE(0);
      const w = this.waiters.get(id);
      if (!w) {
        this.unexpected.push(id);
        continue;
      }
      this.waiters.delete(id);
      w.resolve(frame);
    }
  }

  /** Sends a request; resolves with a reader positioned after the correlation id. */
  request(apiKey: number, apiVersion: number, body: (w: Writer) => void): Promise<Reader> {
    const id = this.send(apiKey, apiVersion, body);
    const p = new Promise<Buffer>((resolve, reject) => this.waiters.set(id, { resolve, reject }));
    return p.then((frame) => {
      const r = new Reader(frame);
      r.int32();
      return r;
    });
  }

  /** Sends a request that gets no response (e.g. Produce acks=0); returns its correlation id. */
  send(apiKey: number, apiVersion: number, body: (w: Writer) => void): number {
    const id = ++this.correlationId;
    const w = new Writer();
    w.int16(apiKey).int16(apiVersion).int32(id).string('raw-client');
    body(w);
    const payload = w.toBuffer();
    const head = Buffer.alloc(4);
    head.writeInt32BE(payload.length);
    this.socket.write(Buffer.concat([head, payload]));
    return id;
  }

  writeRaw(b: Buffer): void {
    this.socket.write(b);
  }

  whenClosed(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((r) => this.closeWaiters.push(r));
  }

  close(): void {
    this.socket.destroy();
  }
}
