import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerOptions, RunningBroker, startBroker } from '@raseed/kafka-broker';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

export function tempDir(prefix = 'kafka-broker-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const quietLogger = { info: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };

/** Short group timeouts keep rebalance tests fast. */
export async function startTestBroker(opts: Partial<BrokerOptions> = {}): Promise<RunningBroker & { dir: string; cleanup(): Promise<void> }> {
  const dir = opts.dataDir ?? tempDir();
  const broker = await startBroker({ dataDir: dir, minSessionTimeoutMs: 200, logger: quietLogger, ...opts });
  return {
    ...broker,
    dir,
    async cleanup() {
      await broker.stop();
      removeDir(dir);
    },
  };
}

export function kafkaFor(brokers: string, clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: [brokers], logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 50 } });
}

/** Consumer settings for fast group reactions in tests. */
export const fastConsumer = { sessionTimeout: 1500, rebalanceTimeout: 3000, heartbeatInterval: 100, maxWaitTimeInMs: 200 };

/** Polls until `check` returns a truthy value; used only where no event exists to await. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
