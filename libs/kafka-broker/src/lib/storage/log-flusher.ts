import * as fs from 'fs';
import { TopicStore } from './topic-store';

/**
 * fsyncs appended log data on the libuv thread pool so a slow disk never stalls the
 * event loop. Callers arriving while a round is in flight share the next round
 * (group commit), because their data may have missed the descriptors being synced.
 */
export class LogFlusher {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** True once the in-flight round has picked its descriptors; later appends need the next round. */
  private prepared = false;

  constructor(private readonly topics: TopicStore) {}

  sync(): Promise<void> {
    if (this.inFlight && !this.prepared) return this.inFlight;
    if (!this.inFlight) {
      this.inFlight = this.round().finally(() => {
        this.inFlight = null;
      });
      return this.inFlight;
    }
    this.next ??= this.inFlight.then(
      () => {
        this.next = null;
        return this.sync();
      },
      () => {
        this.next = null;
        return this.sync();
      },
    );
    return this.next;
  }

  private async round(): Promise<void> {
    // Let every request already read from sockets append first, then sync them together.
    this.prepared = false;
    await new Promise((r) => setImmediate(r));
    const fds = this.topics.prepareSync();
    this.prepared = true;
    await Promise.all(
      fds.map(
        (fd) =>
          new Promise<void>((resolve, reject) =>
            fs.fsync(fd, (err) => {
              // EBADF: the segment was deleted (retention/topic deletion) meanwhile; nothing left to sync.
              if (err && err.code !== 'EBADF') reject(err);
              else resolve();
            }),
          ),
      ),
    );
  }

  /** Waits for any round in progress (used before closing files). */
  async idle(): Promise<void> {
    while (this.inFlight || this.next) await (this.next ?? this.inFlight)?.catch(() => undefined);
  }
}
