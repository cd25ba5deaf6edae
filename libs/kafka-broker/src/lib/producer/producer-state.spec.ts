import { ProducerStateTable } from './producer-state';

describe('ProducerStateTable', () => {
  it('accepts the next sequence, returns the original offset for duplicates, rejects gaps', () => {
    const t = new ProducerStateTable();
    expect(t.check(1, 0, 't', 0, 0, 4)).toEqual({ kind: 'append' });
    t.record(1, 0, 't', 0, 0, 4, 100);
    expect(t.check(1, 0, 't', 0, 0, 4)).toEqual({ kind: 'duplicate', baseOffset: 100 });
    expect(t.check(1, 0, 't', 0, 5, 0)).toEqual({ kind: 'append' });
    expect(t.check(1, 0, 't', 0, 6, 0)).toEqual({ kind: 'error', errorCode: 45 });
    expect(t.check(1, 0, 't', 1, 0, 0)).toEqual({ kind: 'append' }); // other partition
  });

  it('remembers only the last five batches and wraps sequences at INT32_MAX', () => {
    const t = new ProducerStateTable();
    for (let i = 0; i < 7; i++) t.record(2, 0, 't', 0, i, 0, i);
    expect(t.check(2, 0, 't', 0, 6, 0)).toEqual({ kind: 'duplicate', baseOffset: 6 });
    expect(t.check(2, 0, 't', 0, 0, 0).kind).toBe('error');
    const w = new ProducerStateTable();
    w.record(3, 0, 't', 0, 0x7fffffff - 1, 1, 0);
    expect(w.check(3, 0, 't', 0, 0, 0)).toEqual({ kind: 'append' });
  });

  it('fences older epochs and restarts sequences on a new epoch', () => {
    const t = new ProducerStateTable();
    t.record(4, 1, 't', 0, 0, 0, 0);
    expect(t.check(4, 0, 't', 0, 1, 0)).toEqual({ kind: 'error', errorCode: 47 });
    expect(t.check(4, 2, 't', 0, 0, 0)).toEqual({ kind: 'append' });
    expect(t.check(4, 2, 't', 0, 3, 0)).toEqual({ kind: 'error', errorCode: 45 });
  });
});
