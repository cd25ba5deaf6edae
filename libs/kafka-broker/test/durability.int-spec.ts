import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { Kafka } from 'kafkajs';
import { kafkaFor, removeDir, startTestBroker, tempDir, waitFor } from './support/broker-fixture';
import { spawnBroker } from './support/broker-process';

jest.setTimeout(30_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const consumerOpts = { sessionTimeout: 6000, heartbeatInterval: 100, maxWaitTimeInMs: 200 };

async function consumeN(kafka: Kafka, groupId: string, topic: string, n: number): Promise<{ offset: string; value: string }[]> {
  const c = kafka.consumer({ groupId, ...consumerOpts });
  await c.connect();
  await c.subscribe({ topic, fromBeginning: true });
  const got: { offset: string; value: string }[] = [];
  await new Promise<void>((resolve) => {
    void c.run({
      eachMessage: async ({ message }) => {
        got.push({ offset: message.offset, value: message.value!.toString() });
        if (got.length === n) resolve();
      },
    });
  });
  await c.disconnect();
  return got;
}

function activeSegment(dataDir: string, topic: string, partition = 0): string {
  const dir = path.join(dataDir, 'topics', topic, String(partition));
  const logs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort();
  return path.join(dir, logs[logs.length - 1]);
}

describe('durability', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it('keeps messages and committed offsets across kill -9 of the broker process', async () => {
    const dir = tempDir();
    dirs.push(dir);
    let proc = await spawnBroker(dir);
    let kafka = kafkaFor(proc.brokers);
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({ topic: 'durable', messages: Array.from({ length: 6 }, (_, i) => ({ value: `a${i}` })) });
    await producer.disconnect();
    expect((await consumeN(kafka, 'dg', 'durable', 6)).map((m) => m.value)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    const p2 = kafka.producer();
    await p2.connect();
    await p2.send({ topic: 'durable', messages: Array.from({ length: 4 }, (_, i) => ({ value: `b${i}` })) });
    await p2.disconnect();

    proc.child.kill('SIGKILL');
    expect(await proc.exited).toBeNull();

    proc = await spawnBroker(dir);
    kafka = kafkaFor(proc.brokers);
    const admin = kafka.admin();
    await admin.connect();
    expect(await admin.fetchTopicOffsets('durable')).toEqual([{ partition: 0, offset: '10', high: '10', low: '0' }]);
    const [committed] = await admin.fetchOffsets({ groupId: 'dg', topics: ['durable'] });
    expect(committed.partitions[0].offset).toBe('6');
    await admin.disconnect();
    expect(await consumeN(kafka, 'dg', 'durable', 4)).toEqual(['b0', 'b1', 'b2', 'b3'].map((value, i) => ({ offset: String(6 + i), value })));
    const p3 = kafka.producer();
    await p3.connect();
    const [res] = await p3.send({ topic: 'durable', messages: [{ value: 'c0' }] });
    expect(res.baseOffset).toBe('10');
    await p3.disconnect();

    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, '.lock'))).toBe(false);
  });

  it('keeps a running consumer group across a broker restart without redelivery', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const port = await freePort();
    let broker = await startTestBroker({ dataDir: dir, port });
    const kafka = kafkaFor(broker.brokers);
    const consumer = kafka.consumer({ groupId: 'stay', sessionTimeout: 3000, heartbeatInterval: 100, maxWaitTimeInMs: 200 });
    const got: string[] = [];
    let onMessage = () => undefined as void;
    let joins = 0;
    consumer.on(consumer.events.GROUP_JOIN, () => joins++);
    let heartbeats = 0;
    consumer.on(consumer.events.HEARTBEAT, () => heartbeats++);
    await consumer.connect();
    await consumer.subscribe({ topic: 'stay', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        got.push(message.value!.toString());
        onMessage();
      },
    });
    const arrived = (n: number) => new Promise<void>((resolve) => (onMessage = () => (got.length >= n ? resolve() : undefined)));
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    let wait = arrived(1);
    await producer.send({ topic: 'stay', messages: [{ value: 'before' }] });
    await wait;
    await broker.stop();
    broker = await startTestBroker({ dataDir: dir, port });
    wait = arrived(2);
    await producer.send({ topic: 'stay', messages: [{ value: 'after' }] });
    await wait;
    // A few successful heartbeats after the restart prove the old member id and generation
    // are still valid (a forgotten member would get UNKNOWN_MEMBER_ID, rejoin and re-read).
    const seen = heartbeats;
    await new Promise<void>((resolve) => {
      const off = consumer.on(consumer.events.HEARTBEAT, () => {
        if (heartbeats >= seen + 3) {
          off();
          resolve();
        }
      });
    });
    expect(joins).toBe(1);
    const admin = kafka.admin();
    await admin.connect();
    const described = await admin.describeGroups(['stay']);
    await admin.disconnect();
    expect(described.groups[0].state).toBe('Stable');
    expect(got).toEqual(['before', 'after']);
    await producer.disconnect();
    await consumer.disconnect();
    await broker.stop();
  });

  it.each([
    ['half a batch', (valid: Buffer) => valid.subarray(0, Math.floor(valid.length / 2))],
    ['random garbage', () => Buffer.from('this is not a record batch at all, just noise'.repeat(3))],
    [
      'a plausible header with a huge length',
      (valid: Buffer) => {
        const b = Buffer.from(valid.subarray(0, 61));
        b.writeInt32BE(0x7ffffff0, 8);
        return b;
      },
    ],
  ])('truncates a torn tail (%s) on restart and serves only intact batches', async (_name, tail) => {
    const dir = tempDir();
    dirs.push(dir);
    let broker = await startTestBroker({ dataDir: dir });
    let kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'torn', messages: [{ value: 'one' }, { value: 'two' }] });
    await producer.send({ topic: 'torn', messages: [{ value: 'three' }] });
    await producer.disconnect();
    await broker.stop();

    const seg = activeSegment(dir, 'torn');
    const before = fs.readFileSync(seg);
    fs.appendFileSync(seg, tail(before));

    broker = await startTestBroker({ dataDir: dir });
    kafka = kafkaFor(broker.brokers);
    expect(fs.statSync(seg).size).toBe(before.length);
    const admin = kafka.admin();
    await admin.connect();
    expect((await admin.fetchTopicOffsets('torn'))[0].high).toBe('3');
    await admin.disconnect();
    const p2 = kafka.producer();
    await p2.connect();
    await p2.send({ topic: 'torn', messages: [{ value: 'four' }] });
    await p2.disconnect();
    expect((await consumeN(kafka, 'tg', 'torn', 4)).map((m) => m.value)).toEqual(['one', 'two', 'three', 'four']);
    await broker.stop();
  });

  it('drops a batch whose CRC no longer matches instead of serving it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    let broker = await startTestBroker({ dataDir: dir });
    let kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'crc', messages: [{ value: 'good' }] });
    await producer.send({ topic: 'crc', messages: [{ value: 'will-be-corrupted' }] });
    await producer.disconnect();
    await broker.stop();

    const seg = activeSegment(dir, 'crc');
    const buf = fs.readFileSync(seg);
    buf[buf.length - 3] ^= 0xff; // flip a byte inside the last record's value
    fs.writeFileSync(seg, buf);

    broker = await startTestBroker({ dataDir: dir });
    kafka = kafkaFor(broker.brokers);
    const admin = kafka.admin();
    await admin.connect();
    expect((await admin.fetchTopicOffsets('crc'))[0].high).toBe('1');
    await admin.disconnect();
    expect((await consumeN(kafka, 'cg', 'crc', 1)).map((m) => m.value)).toEqual(['good']);
    await broker.stop();
  });

  it('recovers committed offsets when the group state log has a torn tail', async () => {
    const dir = tempDir();
    dirs.push(dir);
    let broker = await startTestBroker({ dataDir: dir });
    let kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'st', messages: [{ value: 'x' }, { value: 'y' }] });
    await producer.disconnect();
    await consumeN(kafka, 'sg', 'st', 2);
    await broker.stop();
    fs.appendFileSync(path.join(dir, 'groups', 'state.log'), Buffer.from([0, 0, 0, 50, 1, 2, 3, 4, 123, 34]));

    broker = await startTestBroker({ dataDir: dir });
    kafka = kafkaFor(broker.brokers);
    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: 'sg', topics: ['st'] });
    expect(committed.partitions[0].offset).toBe('2');
    await admin.disconnect();
    await broker.stop();
  });

  it('acknowledges produces only after fsync when fsync=always, and the data reads back', async () => {
    const broker = await startTestBroker({ fsync: 'always' });
    dirs.push(broker.dir);
    const kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await Promise.all([0, 1, 2].map((i) => producer.send({ topic: 'fsynced', messages: [{ value: `v${i}` }] })));
    await producer.disconnect();
    expect((await consumeN(kafka, 'fg', 'fsynced', 3)).map((m) => m.value).sort()).toEqual(['v0', 'v1', 'v2']);
    await broker.stop();
  });

  it('enforces size retention by deleting whole old segments', async () => {
    const broker = await startTestBroker({ segmentBytes: 4096, retention: { bytes: 8192 }, retentionCheckIntervalMs: 50 });
    dirs.push(broker.dir);
    const kafka = kafkaFor(broker.brokers);
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < 40; i++) await producer.send({ topic: 'retained', messages: [{ value: 'r'.repeat(1000) }] });
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    // Retention runs on a timer; poll for its effect.
    const low = await waitFor(
      async () => {
        const [p] = await admin.fetchTopicOffsets('retained');
        // ~3 batches per 4 KiB segment: at most 8 KiB + one segment may remain.
        return Number(p.high) - Number(p.low) <= 11 && Number(p.low);
      },
      5000,
      'retention to catch up',
    );
    expect(low).toBeGreaterThan(20);
    await admin.disconnect();
    // A new group starting from the beginning starts at the log start, not at 0.
    const first = await consumeN(kafka, 'rg', 'retained', 1);
    expect(Number(first[0].offset)).toBe(low);
    await broker.stop();
  });

  it('fails cleanly when the port is taken and leaves the data dir usable', async () => {
    const first = await startTestBroker();
    dirs.push(first.dir);
    const dir = tempDir();
    dirs.push(dir);
    await expect(startTestBroker({ dataDir: dir, port: first.port })).rejects.toThrow(/EADDRINUSE/);
    const second = await startTestBroker({ dataDir: dir });
    await second.stop();
    await first.stop();
  });

  it('is not blocked by a pid recorded in an old lock file, even one that is alive', async () => {
    // Pids repeat (containers): the lock is the kernel's, a live pid in `.lock` means nothing.
    const dir = tempDir();
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, '.lock'), String(process.pid));
    const proc = await spawnBroker(dir);
    proc.child.kill('SIGKILL');
    await proc.exited;
    const again = await spawnBroker(dir); // at once, as a supervisor restarts it
    await expect(startTestBroker({ dataDir: dir })).rejects.toThrow(new RegExp(`in use by a broker \\(pid ${again.child.pid}\\)`));
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('refuses to open a data dir that a running broker holds', async () => {
    const broker = await startTestBroker();
    dirs.push(broker.dir);
    const proc = spawnBroker(broker.dir);
    await expect(proc).rejects.toThrow(/in use/);
    await broker.stop();
  });
});
