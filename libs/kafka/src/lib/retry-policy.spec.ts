import { InvalidEventError, TOPICS, DEAD_LETTER_HEADERS } from '@raseed/contracts';
import { buildDeadLetter, runWithRetries } from '@raseed/kafka';
import { KafkaMessage } from 'kafkajs';

const noSleep = { sleep: async () => undefined };

describe('runWithRetries', () => {
  it('succeeds after transient failures within the bound', async () => {
    let calls = 0;
    const out = await runWithRetries(
      async () => {
        if (++calls < 3) throw new Error('flaky');
      },
      { maxAttempts: 3, backoffMs: 10, ...noSleep },
    );
    expect(out).toEqual({ ok: true, attempts: 3 });
  });

  it('gives up after maxAttempts with the last error, heartbeating and backing off in between', async () => {
    const waits: number[] = [];
    let beats = 0;
    const out = await runWithRetries(
      async () => {
        throw new Error('down');
      },
      { maxAttempts: 3, backoffMs: 100, sleep: async (ms) => void waits.push(ms), heartbeat: async () => void beats++ },
    );
    expect(out).toMatchObject({ ok: false, attempts: 3, kind: 'failed' });
    expect(waits).toEqual([100, 200]);
    expect(beats).toBe(2);
  });

  it('does not retry a payload that fails validation', async () => {
    let calls = 0;
    const out = await runWithRetries(
      async () => {
        calls++;
        throw new InvalidEventError('t', ['bad']);
      },
      { maxAttempts: 5, backoffMs: 1, ...noSleep },
    );
    expect(calls).toBe(1);
    expect(out).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('runWithRetries with a dependency briefly down', () => {
  const down = (err: Error) => /starting up|ECONNREFUSED/.test(err.message);

  it('keeps retrying an outage past maxAttempts and succeeds when the dependency is back', async () => {
    let calls = 0;
    const out = await runWithRetries(
      async () => {
        if (++calls < 8) throw new Error('the database system is starting up');
      },
      { maxAttempts: 3, backoffMs: 10, transient: down, ...noSleep },
    );
    expect(out).toEqual({ ok: true, attempts: 8 });
  });

  it('caps the wait between outage retries', async () => {
    const waits: number[] = [];
    let calls = 0;
    await runWithRetries(
      async () => {
        if (++calls < 10) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
      { maxAttempts: 3, backoffMs: 200, transient: down, sleep: async (ms) => void waits.push(ms) },
    );
    expect(Math.max(...waits)).toBe(2000);
    expect(waits.slice(0, 3)).toEqual([200, 400, 800]);
  });

  it('counts outage errors once the budget is spent, then gives up', async () => {
    let clock = 0;
    let calls = 0;
    const out = await runWithRetries(
      async () => {
        calls++;
        clock += 1_000;
        throw new Error('the database system is starting up');
      },
      { maxAttempts: 2, backoffMs: 1, transient: down, transientBudgetMs: 5_000, now: () => clock, ...noSleep },
    );
    expect(out).toMatchObject({ ok: false, kind: 'failed' });
    expect(calls).toBe(6);
  });

  it('still dead-letters other errors after maxAttempts', async () => {
    let calls = 0;
    const out = await runWithRetries(
      async () => {
        calls++;
        throw new Error('column "x" does not exist');
      },
      { maxAttempts: 3, backoffMs: 1, transient: down, ...noSleep },
    );
    expect(out).toMatchObject({ ok: false, attempts: 3, kind: 'failed' });
    expect(calls).toBe(3);
  });
});

describe('buildDeadLetter', () => {
  it('keeps key, value and headers, adding where and why it failed', () => {
    const message = { key: Buffer.from('k1'), value: Buffer.from('{"x":1}'), headers: { trace: Buffer.from('abc') }, offset: '42', timestamp: '0', attributes: 0 } as unknown as KafkaMessage;
    const dead = buildDeadLetter(
      message,
      { topic: TOPICS.ARTICLES_FETCHED_V1, partition: 2, group: 'normaliser', attempts: 3, kind: 'failed', error: new Error('boom') },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(dead.topic).toBe('articles.fetched.v1.dlt');
    expect(dead.message.key).toEqual(Buffer.from('k1'));
    expect(dead.message.value).toEqual(Buffer.from('{"x":1}'));
    expect(dead.message.headers).toMatchObject({
      trace: Buffer.from('abc'),
      [DEAD_LETTER_HEADERS.ORIGINAL_OFFSET]: '42',
      [DEAD_LETTER_HEADERS.ORIGINAL_PARTITION]: '2',
      [DEAD_LETTER_HEADERS.ERROR]: 'Error: boom',
      [DEAD_LETTER_HEADERS.ATTEMPTS]: '3',
      [DEAD_LETTER_HEADERS.CONSUMER_GROUP]: 'normaliser',
      [DEAD_LETTER_HEADERS.FAILED_AT]: '2026-01-01T00:00:00.000Z',
    });
  });
});
