import { TOPICS, encodeEvent } from '@raseed/contracts';
import { fetchedArticle, PipelineTestEnv, produceRaw, readMessages, ServiceChild, startPipelineTestEnv } from '@raseed/platform/testing';

const ARABIC = 'تعرضت قاعدة عسكرية تستضيف قوات أمريكية في شرق سوريا لهجوم بطائرة مسيرة مساء الإثنين، بحسب ما أفاد مصدر عسكري. وأضاف المصدر أن الهجوم لم يسفر عن وقوع إصابات.';

type LogLine = Record<string, unknown>;

/** Every line must be one JSON object: a line that is not fails the test with the line shown. */
function parseAll(child: ServiceChild): LogLine[] {
  return child.lines.map(({ stream, line }) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${stream} line is not JSON: ${line}`);
    }
    expect({ line, isObject: !!parsed && typeof parsed === 'object' && !Array.isArray(parsed) }).toEqual({ line, isObject: true });
    return parsed as LogLine;
  });
}

describe('the normaliser as a process: JSON logs under NODE_ENV=production, text by default', () => {
  let env: PipelineTestEnv;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
  }, 60_000);
  afterAll(() => env?.stop(), 30_000);

  it('writes one JSON object per line, each line of a message handling carrying topic, partition, offset, group and article id', async () => {
    const child = new ServiceChild('normaliser', { ...env.env, NODE_ENV: 'production', LOG_LEVEL: 'debug', KAFKA_MAX_ATTEMPTS: '1' });
    try {
      await child.waitForLine((l) => l.includes('listening on'), 60_000);
      // One at a time, so each is a delivery of its own: a rejected article, an invalid payload, a good article.
      await produceRaw(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [
        { key: 'en-1', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('en-1', 'A drone struck a base in eastern Syria on Monday, officials said.')) },
      ]);
      await child.waitForLine((l) => l.includes('rejected en-1'));
      await produceRaw(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [{ key: 'bad-2', value: '{"schema":"articles.fetched.v1"}' }]);
      await child.waitForLine((l) => l.includes('dead-lettered'));
      await produceRaw(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, [{ key: 'ar-3', value: encodeEvent(TOPICS.ARTICLES_FETCHED_V1, fetchedArticle('ar-3', ARABIC)) }]);
      await readMessages(env.broker.brokers, TOPICS.ARTICLES_NORMALISED_V1, 1);
      await child.waitForLine((l) => l.includes('normalised 1 article(s)'));
    } finally {
      // Nest re-raises the signal once it has shut down cleanly; only a SIGKILL after the grace time would be a failure.
      expect(['code 0', 'signal SIGTERM']).toContain(await child.stop());
    }

    const lines = parseAll(child);
    for (const l of lines) expect(l).toMatchObject({ level: expect.any(String), pid: expect.any(Number), timestamp: expect.any(Number), message: expect.any(String), service: 'normaliser' });
    const find = (text: string) => lines.find((l) => String(l.message).includes(text));
    const handling = { topic: TOPICS.ARTICLES_FETCHED_V1, partition: expect.any(Number), group: 'normaliser' };
    expect(find('rejected en-1')).toMatchObject({ ...handling, level: 'warn', offset: expect.stringMatching(/^\d+$/), articleId: 'en-1' });
    expect(find('dead-lettered')).toMatchObject({ ...handling, level: 'warn', offset: expect.stringMatching(/^\d+$/), articleId: 'bad-2', kind: 'invalid', attempts: 1 });
    expect(find('normalised 1 article(s)')).toMatchObject({ ...handling, level: 'debug', offset: expect.stringMatching(/^\d+$/), articleId: 'ar-3', context: 'ArticleNormalisingService' });
    // Three deliveries, three offsets.
    expect(new Set([find('rejected en-1')!.offset, find('dead-lettered')!.offset, find('normalised 1 article(s)')!.offset]).size).toBe(3);
    // Lines outside a handling carry no stale correlation fields.
    expect(find('listening on')).not.toHaveProperty('offset');
    expect(lines.filter((l) => l.level === 'log' && 'articleId' in l)).toEqual([]);
  }, 120_000);

  it('writes human-readable text when NODE_ENV is not production (a terminal, npm start)', async () => {
    const child = new ServiceChild('normaliser', { ...env.env, NODE_ENV: 'development', LOG_LEVEL: 'log' });
    try {
      const listening = await child.waitForLine((l) => l.includes('listening on'), 60_000);
      expect(listening.replace(/\x1b\[[\d;]*m/g, '')).toMatch(/^\[Nest\] \d+ +- .* LOG \[normaliser\] normaliser listening on http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await child.stop();
    }
    for (const { line } of child.lines) expect(() => JSON.parse(line)).toThrow();
  }, 120_000);
});
