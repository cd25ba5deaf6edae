import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import * as readline from 'readline';
import { Consumer, Kafka } from 'kafkajs';
import { fastConsumer, kafkaFor, startTestBroker } from './support/broker-fixture';

jest.setTimeout(30_000);

type Assignment = Record<string, number[]>;
const WORKSPACE = path.resolve(__dirname, '../../..');

/** Resolves with the assignment of the consumer's next completed join whose assignment satisfies `accept`. */
function nextJoin(consumer: Consumer, accept: (a: Assignment) => boolean = () => true): Promise<Assignment> {
  return new Promise((resolve) => {
    const remove = consumer.on(consumer.events.GROUP_JOIN, (e) => {
      const a = e.payload.memberAssignment as Assignment;
      if (accept(a)) {
        remove();
        resolve(a);
      }
    });
  });
}

const partitionsOf = (a: Assignment, topic: string) => [...(a[topic] ?? [])].sort();

describe('consumer groups', () => {
  let broker: Awaited<ReturnType<typeof startTestBroker>>;
  let kafka: Kafka;
  const consumers: Consumer[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({ defaultPartitions: 2 });
    kafka = kafkaFor(broker.brokers);
  });
  afterEach(async () => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    await Promise.all(consumers.splice(0).map((c) => c.disconnect()));
  });
  afterAll(async () => {
    await broker.cleanup();
  });

  async function member(groupId: string, topic: string): Promise<Consumer> {
    const c = kafka.consumer({ groupId, ...fastConsumer });
    consumers.push(c);
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
    return c;
  }

  it('splits partitions between two members and rebalances when one leaves', async () => {
    const a = await member('split', 'split-topic');
    const aAlone = nextJoin(a);
    await a.run({ eachMessage: async () => undefined });
    expect(partitionsOf(await aAlone, 'split-topic')).toEqual([0, 1]);

    const b = await member('split', 'split-topic');
    const aShared = nextJoin(a, (x) => partitionsOf(x, 'split-topic').length === 1);
    const bShared = nextJoin(b);
    await b.run({ eachMessage: async () => undefined });
    const [sa, sb] = await Promise.all([aShared, bShared]);
    expect([...partitionsOf(sa, 'split-topic'), ...partitionsOf(sb, 'split-topic')].sort()).toEqual([0, 1]);

    const aAgain = nextJoin(a, (x) => partitionsOf(x, 'split-topic').length === 2);
    await b.disconnect(); // sends LeaveGroup
    consumers.splice(consumers.indexOf(b), 1);
    expect(partitionsOf(await aAgain, 'split-topic')).toEqual([0, 1]);
  });

  it('expires a SIGKILLed member after its session timeout and hands its partitions over', async () => {
    const a = await member('killed', 'kill-topic');
    const aAlone = nextJoin(a);
    await a.run({ eachMessage: async () => undefined });
    await aAlone;

    const child = spawn(process.execPath, ['-r', './tools/register.js', path.join(__dirname, 'fixtures/group-member-child.ts'), broker.brokers, 'killed', 'kill-topic'], {
      cwd: WORKSPACE,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const childJoined = new Promise<Assignment>((resolve) => {
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const msg = JSON.parse(line) as { assignment: Assignment };
        if (partitionsOf(msg.assignment, 'kill-topic').length === 1) resolve(msg.assignment);
      });
    });
    const aShared = nextJoin(a, (x) => partitionsOf(x, 'kill-topic').length === 1);
    const [childAssignment, aAssignment] = await Promise.all([childJoined, aShared]);
    expect([...partitionsOf(childAssignment, 'kill-topic'), ...partitionsOf(aAssignment, 'kill-topic')].sort()).toEqual([0, 1]);

    const aTakesOver = nextJoin(a, (x) => partitionsOf(x, 'kill-topic').length === 2);
    const killedAt = Date.now();
    child.kill('SIGKILL');
    expect(partitionsOf(await aTakesOver, 'kill-topic')).toEqual([0, 1]);
    // Not before the 1.5 s session timeout: the broker had no LeaveGroup to go on.
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(1400);
  });

  it('resumes from committed offsets after a consumer restart', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'resume', messages: Array.from({ length: 6 }, (_, i) => ({ value: `first-${i}`, partition: i % 2 })) });

    const seen: string[] = [];
    const run = async (count: number) => {
      const c = await member('resumer', 'resume');
      await new Promise<void>((resolve) => {
        void c.run({
          eachMessage: async ({ message }) => {
            seen.push(message.value!.toString());
            if (seen.length === count) resolve();
          },
        });
      });
      await c.disconnect(); // commits processed offsets
      consumers.splice(consumers.indexOf(c), 1);
    };
    await run(6);
    await producer.send({ topic: 'resume', messages: Array.from({ length: 4 }, (_, i) => ({ value: `second-${i}`, partition: i % 2 })) });
    await run(10);
    await producer.disconnect();
    expect(seen.slice(0, 6).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `first-${i}`));
    expect(seen.slice(6).sort()).toEqual(Array.from({ length: 4 }, (_, i) => `second-${i}`));
  });
});
