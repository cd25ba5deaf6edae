import { downParts } from './health';

describe('the page reads GET /health', () => {
  it('lists each part down with its message (503 body)', () => {
    const body = {
      status: 'error',
      info: { kafka: { status: 'up' } },
      error: { database: { status: 'down', message: 'connect ECONNREFUSED' }, stack: { status: 'down', message: 'down (being restarted by the launcher): normaliser, postgres' } },
      details: {
        kafka: { status: 'up' },
        database: { status: 'down', message: 'connect ECONNREFUSED' },
        stack: { status: 'down', message: 'down (being restarted by the launcher): normaliser, postgres' },
      },
    };
    expect(downParts(body)).toEqual([
      { part: 'database', message: 'connect ECONNREFUSED' },
      { part: 'stack', message: 'down (being restarted by the launcher): normaliser, postgres' },
    ]);
  });

  it('is empty when everything is up', () => {
    expect(downParts({ status: 'ok', info: { kafka: { status: 'up' } }, error: {}, details: { kafka: { status: 'up' } } })).toEqual([]);
  });

  it('a down part without a message still shows', () => {
    expect(downParts({ status: 'error', details: { kafka: { status: 'down' } } })).toEqual([{ part: 'kafka', message: 'down' }]);
  });

  it('ignores what is not a health body', () => {
    expect(downParts(null)).toEqual([]);
    expect(downParts('oops')).toEqual([]);
    expect(downParts({ status: 'error' })).toEqual([]);
  });
});
