import { withLogFields } from '@raseed/config';
import { ServiceLogger } from './service-logger';

/** What the logger writes to stdout/stderr while `fn` runs. */
function written(fn: () => void): string[] {
  const out: string[] = [];
  const spies = (['stdout', 'stderr'] as const).map((s) =>
    jest.spyOn(process[s], 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    }),
  );
  try {
    fn();
  } finally {
    for (const s of spies) s.mockRestore();
  }
  return out.join('').split('\n').filter(Boolean);
}

describe('ServiceLogger', () => {
  it("JSON: one object per line with service, correlation fields and a structured message's fields", () => {
    const logger = new ServiceLogger('extractor', 'json', 'debug');
    const lines = written(() => {
      logger.log('plain', 'Ctx');
      withLogFields({ topic: 't.v1', partition: 1, offset: '9', group: 'extractor', articleId: 'a9' }, () => {
        logger.warn({ message: 'structured', broker: 'b:9092', retryCount: 2, level: 'not-this' }, 'kafkajs');
        logger.debug('inside', 'Svc');
      });
      logger.error('failed', 'Error: failed\n    at x', 'Svc');
      logger.verbose('not at this level');
    });
    expect(lines).toHaveLength(4);
    const [plain, structured, inside, failed] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(plain).toEqual({ level: 'log', pid: process.pid, timestamp: expect.any(Number), message: 'plain', context: 'Ctx', service: 'extractor' });
    expect(structured).toEqual({
      level: 'warn',
      pid: process.pid,
      timestamp: expect.any(Number),
      message: 'structured',
      context: 'kafkajs',
      service: 'extractor',
      topic: 't.v1',
      partition: 1,
      offset: '9',
      group: 'extractor',
      articleId: 'a9',
      broker: 'b:9092',
      retryCount: 2,
    });
    expect(inside).toMatchObject({ level: 'debug', message: 'inside', offset: '9', articleId: 'a9' });
    expect(failed).toMatchObject({ level: 'error', message: 'failed', stack: 'Error: failed\n    at x' });
    expect(failed).not.toHaveProperty('offset');
  });

  it("text: Nest's readable lines, a structured message's fields appended, nothing JSON", () => {
    const logger = new ServiceLogger('extractor', 'text', 'log');
    const lines = written(() => {
      logger.log('plain', 'Ctx');
      logger.warn({ message: 'structured', broker: 'b:9092' }, 'kafkajs');
      logger.debug('below the level');
    }).map((l) => l.replace(/\x1b\[[\d;]*m/g, ''));
    expect(lines).toEqual([expect.stringMatching(/^\[Nest\] \d+ +- .* +LOG \[Ctx\] plain$/), expect.stringMatching(/^\[Nest\] \d+ +- .* +WARN \[kafkajs\] structured \(broker=b:9092\)$/)]);
    for (const l of lines) expect(() => JSON.parse(l)).toThrow();
  });
});
