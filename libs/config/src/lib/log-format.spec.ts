import { PassThrough } from 'stream';
import { childLineAsJson, currentLogFields, jsonLogLine, lineLogger, logFormat, textFields, withLogFields } from './log-format';

describe('log format', () => {
  it('is text by default (a terminal, npm start, tests) and JSON under NODE_ENV=production; LOG_FORMAT decides when set', () => {
    expect(logFormat({})).toBe('text');
    expect(logFormat({ NODE_ENV: 'development' })).toBe('text');
    expect(logFormat({ NODE_ENV: 'production' })).toBe('json');
    expect(logFormat({ NODE_ENV: 'production', LOG_FORMAT: 'text' })).toBe('text');
    expect(logFormat({ LOG_FORMAT: 'json' })).toBe('json');
  });

  it('carries the fields of the handling in progress through awaits, inner fields winning, none outside', async () => {
    const seen: Array<Record<string, unknown>> = [];
    await withLogFields({ topic: 't.v1', partition: 2, offset: '7', articleId: undefined }, async () => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push(currentLogFields());
      await withLogFields({ articleId: 'a1' }, async () => {
        await Promise.resolve();
        seen.push(currentLogFields());
      });
      seen.push(currentLogFields());
    });
    expect(seen).toEqual([
      { topic: 't.v1', partition: 2, offset: '7', articleId: undefined },
      { topic: 't.v1', partition: 2, offset: '7', articleId: 'a1' },
      { topic: 't.v1', partition: 2, offset: '7', articleId: undefined },
    ]);
    expect(currentLogFields()).toEqual({});
  });

  it('writes one JSON object per line in the shape of Nest JSON logs, with context fields and details', () => {
    const line = withLogFields({ topic: 't.v1', offset: '3', articleId: undefined }, () => jsonLogLine('warn', 'two\nlines', 'stack', { level: 'ignored', err: new Error('boom'), big: 2n }));
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      level: 'warn',
      pid: process.pid,
      timestamp: expect.any(Number),
      message: 'two\nlines',
      context: 'stack',
      topic: 't.v1',
      offset: '3',
      err: { name: 'Error', message: 'boom', stack: expect.stringContaining('boom') },
      big: '2',
    });
  });

  it('appends details to text lines as (k=v, …)', () => {
    expect(textFields({ broker: 'b:9092', retry: 2, skipped: undefined, ids: ['x'] })).toBe(' (broker=b:9092, retry=2, ids=["x"])');
    expect(textFields({})).toBe('');
  });

  it('a line logger writes text with its prefix, or JSON', () => {
    const capture = (format: 'json' | 'text') => {
      const stream = new PassThrough();
      let out = '';
      stream.on('data', (d: Buffer) => (out += d.toString()));
      const log = lineLogger('stack', { format, stream, textPrefix: () => '[stack] ' });
      log.log('ready', { port: 1 });
      return out;
    };
    expect(capture('text')).toBe('[stack] ready (port=1)\n');
    expect(JSON.parse(capture('json'))).toMatchObject({ level: 'log', context: 'stack', service: 'stack', message: 'ready', port: 1 });
  });

  it("keeps a child's JSON lines (naming the service) and wraps anything else", () => {
    const own = JSON.stringify({ level: 'log', message: 'hi', service: 'api' });
    expect(childLineAsJson('api', own, false)).toBe(own);
    expect(JSON.parse(childLineAsJson('api', '{"level":"log","message":"hi"}', false))).toEqual({ level: 'log', message: 'hi', service: 'api' });
    expect(JSON.parse(childLineAsJson('broker', '(node:1) Warning: something', true))).toMatchObject({ level: 'warn', message: '(node:1) Warning: something', context: 'broker', service: 'broker' });
    expect(JSON.parse(childLineAsJson('broker', '{not json', false))).toMatchObject({ level: 'log', message: '{not json' });
  });
});
