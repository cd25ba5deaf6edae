/**
 * kafkajs throughput against the embedded broker (run: `npm run bench:broker`).
 *
 * The broker runs as a separate process through the CLI (apps/broker), as it would
 * under `npm start`, so broker and client each get a core. Every producer.send()
 * carries 1,000 messages of 1 KiB; sends are awaited one after the other (idempotent
 * producer, acks=all). Consumers read the same data from the beginning.
 * Env: BENCH_SENDS (default 100), BENCH_FSYNC (default interval).
 *
 * Anchor (real Apache Kafka, same client, this 2-core machine, 4 partitions):
 * ~38,000 msgs/s produced, ~146,000 msgs/s consumed.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import { Kafka, logLevel } from 'kafkajs';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

const MESSAGE_BYTES = 1024;
const MESSAGES_PER_SEND = 1000;
const SENDS = Number(process.env.BENCH_SENDS ?? 100);
const WARMUP_SENDS = 5;
const WORKSPACE = path.resolve(__dirname, '../../..');
/** BENCH_FSYNC=always|interval|never picks the broker's fsync policy (default interval). */
const FSYNC = process.env.BENCH_FSYNC ?? 'interval';

async function spawnBroker(dataDir: string): Promise<{ child: ChildProcess; brokers: string }> {
  const child = spawn(process.execPath, ['-r', './tools/register.js', 'apps/broker/src/main.ts', '--port', '0', '--data-dir', dataDir, '--fsync', FSYNC], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', (line) => {
      const m = /port=(\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
      else reject(new Error(`unexpected broker output: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`broker exited early (${code})`)));
  });
  return { child, brokers: `127.0.0.1:${port}` };
}

/** CPU seconds used so far by a process (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Runs a phase and reports how busy the broker process was meanwhile. */
async function measured<T extends Row>(pid: number, phase: () => Promise<T>): Promise<T & { brokerCpu: number | null }> {
  const cpu0 = cpuSeconds(pid);
  const t0 = Date.now();
  const row = await phase();
  const cpu1 = cpuSeconds(pid);
  const wall = (Date.now() - t0) / 1000;
  return { ...row, brokerCpu: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / wall };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Row {
  scenario: string;
  msgsPerSec: number;
  mbPerSec: number;
  p50?: number;
  p99?: number;
  brokerCpu?: number | null;
}

async function produce(kafka: Kafka, topic: string): Promise<Row> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const value = Buffer.alloc(MESSAGE_BYTES, 'x');
  const messages = Array.from({ length: MESSAGES_PER_SEND }, (_, i) => ({ key: `k${i}`, value }));
  for (let i = 0; i < WARMUP_SENDS; i++) await producer.send({ topic, acks: -1, messages });
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < SENDS; i++) {
    const t0 = process.hrtime.bigint();
    await producer.send({ topic, acks: -1, messages });
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await producer.disconnect();
  latencies.sort((a, b) => a - b);
  const total = SENDS * MESSAGES_PER_SEND;
  return {
    scenario: '',
    msgsPerSec: total / seconds,
    mbPerSec: (total * MESSAGE_BYTES) / seconds / 1e6,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function consume(kafka: Kafka, topic: string, groupId: string, members: number, expected: number): Promise<Row> {
  const consumers = Array.from({ length: members }, () => kafka.consumer({ groupId, maxBytesPerPartition: 1024 * 1024, maxWaitTimeInMs: 500, heartbeatInterval: 100 }));
  let count = 0;
  let bytes = 0;
  let started = 0n;
  let finished!: () => void;
  const done = new Promise<void>((r) => (finished = r));
  for (const c of consumers) {
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
  }
  // Members start together so the group settles (one rebalance) before most data flows.
  const runStart = process.hrtime.bigint();
  await Promise.all(
    consumers.map((c) =>
      c.run({
        eachBatch: async ({ batch }) => {
          if (started === 0n) started = process.hrtime.bigint();
          for (const m of batch.messages) bytes += m.value?.length ?? 0;
          count += batch.messages.length;
          if (count >= expected) finished();
        },
      }),
    ),
  );
  await done;
  const end = process.hrtime.bigint();
  const seconds = Number(end - started) / 1e9;
  const joinMs = Number(started - runStart) / 1e6;
  await Promise.all(consumers.map((c) => c.disconnect()));
  return { scenario: `(join ${fmt(joinMs)} ms excluded)`, msgsPerSec: count / seconds, mbPerSec: bytes / seconds / 1e6 };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-broker-bench-'));
  const { child, brokers } = await spawnBroker(dataDir);
  const rows: Row[] = [];
  try {
    const kafka = new Kafka({ clientId: 'bench', brokers: [brokers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    for (const partitions of [1, 4]) {
      const topic = `bench-${partitions}p`;
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
      const pid = child.pid!;
      const p = await measured(pid, () => produce(kafka, topic));
      rows.push({ ...p, scenario: `produce  ${partitions} partition(s)` });
      const expected = (SENDS + WARMUP_SENDS) * MESSAGES_PER_SEND;
      const c = await measured(pid, () => consume(kafka, topic, `bench-${partitions}p-solo`, 1, expected));
      rows.push({ ...c, scenario: `consume  ${partitions} partition(s), 1 consumer ${c.scenario}` });
      if (partitions === 4) {
        const g = await measured(pid, () => consume(kafka, topic, `bench-${partitions}p-pair`, 2, expected));
        rows.push({ ...g, scenario: `consume  ${partitions} partition(s), group of 2 ${g.scenario}` });
      }
    }
    await admin.disconnect();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log('');
  console.log(`kafka-broker bench: kafkajs 2.2.4 client, broker in a separate process (fsync=${FSYNC})`);
  console.log(`  workload: ${SENDS} sequential producer.send() calls (+${WARMUP_SENDS} warm-up), each a batch of ${MESSAGES_PER_SEND} x ${MESSAGE_BYTES} B messages;`);
  console.log('            idempotent producer, acks=all, no compression; latency = one send() of 1,000 messages.');
  console.log('            consumers read everything from the beginning with eachBatch (timed from first batch).');
  console.log('            broker CPU = broker process CPU time / wall time of the phase (100% = one core).');
  console.log('  anchor:   real Apache Kafka on this machine, 4 partitions: ~38,000 msgs/s produced, ~146,000 msgs/s consumed');
  console.log('');
  for (const r of rows) {
    const cpu = r.brokerCpu != null ? `  broker CPU ${fmt(r.brokerCpu * 100)}%` : '';
    const lat = r.p99 !== undefined ? `  p50 ${fmt(r.p50!, 1)} ms  p99 ${fmt(r.p99, 1)} ms per send` : '';
    console.log(`  ${r.scenario.padEnd(58)} ${fmt(r.msgsPerSec).padStart(9)} msgs/s ${fmt(r.mbPerSec, 1).padStart(7)} MB/s${cpu}${lat}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
