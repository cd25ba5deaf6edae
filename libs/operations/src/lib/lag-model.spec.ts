import { GroupOffsets, LagSnapshot, LagWindow, estimateTimeOfOffset, evaluateLag, timeToDrain } from './lag-model';
import { formatLagTable } from './lag-table';

const snap = (at: number, committed: number | null, logEnd: number, extra: Partial<GroupOffsets> = {}): LagSnapshot => ({
  at,
  groups: [
    {
      group: 'extractor',
      state: 'Stable',
      members: 1,
      partitions: [{ topic: 't', partition: 0, committedOffset: committed, logStartOffset: 0, logEndOffset: logEnd, oldestUnconsumedTimestamp: null }],
      ...extra,
    },
  ],
});

describe('lag model', () => {
  it('computes consumption and production rates and the time to drain', () => {
    const r = evaluateLag([snap(0, 100, 200), snap(10_000, 150, 220)]);
    const g = r.groups[0];
    expect(g).toMatchObject({ status: 'OK', lag: 70, consumptionRate: 5, productionRate: 2 });
    expect(g.timeToDrainSeconds).toBeCloseTo(70 / 3);
    expect(r.windowSeconds).toBe(10);
  });

  it('is lagging when lag grows at every step, stalled when the committed offset never moves, OK once caught up', () => {
    expect(evaluateLag([snap(0, 10, 20), snap(1000, 12, 25), snap(2000, 14, 30)]).groups[0]).toMatchObject({ status: 'lagging', timeToDrainSeconds: null });
    expect(evaluateLag([snap(0, 10, 20), snap(1000, 10, 20)]).groups[0]).toMatchObject({ status: 'stalled' });
    expect(evaluateLag([snap(0, 20, 20), snap(1000, 20, 25)]).groups[0]).toMatchObject({ status: 'OK' });
    expect(evaluateLag([snap(0, 10, 20), snap(1000, 15, 21)]).groups[0]).toMatchObject({ status: 'OK', reason: 'consuming' });
  });

  it('judges a single sample by membership, and treats a never-committed partition as lagging from the log start', () => {
    expect(evaluateLag([snap(0, 5, 8, { members: 0, state: 'Empty' })]).groups[0].status).toBe('stalled');
    expect(evaluateLag([snap(0, 5, 8)]).groups[0].status).toBe('lagging');
    expect(evaluateLag([snap(0, null, 8)]).groups[0]).toMatchObject({ lag: 8 });
  });

  it('estimates lag in seconds from the log-end history when no timestamp was read (kafka-lag-exporter)', () => {
    // Log end passed offset 15 half-way between t=0 (10) and t=10 s (20); read at t=20 s → 15 s behind.
    const r = evaluateLag([snap(0, 10, 10), snap(10_000, 12, 20), snap(20_000, 15, 30)]);
    expect(r.groups[0].partitions[0]).toMatchObject({ lagSeconds: 15, lagSecondsSource: 'estimate' });
    expect(
      estimateTimeOfOffset(5, [
        { at: 1000, logEnd: 10 },
        { at: 2000, logEnd: 20 },
      ]),
    ).toBe(500);
    expect(estimateTimeOfOffset(5, [{ at: 1000, logEnd: 10 }])).toBeNull();
  });

  it('prefers the oldest unconsumed message timestamp', () => {
    const s = snap(60_000, 1, 2);
    s.groups[0].partitions[0].oldestUnconsumedTimestamp = 15_000;
    expect(evaluateLag([s]).groups[0]).toMatchObject({ maxLagSeconds: 45 });
  });

  it('keeps only the window', () => {
    const w = new LagWindow({ windowMs: 5000 });
    for (let t = 0; t <= 10_000; t += 1000) w.add(snap(t, t, t + 5));
    expect(w.size).toBe(6);
    expect(w.report().windowSeconds).toBe(5);
  });

  it('time to drain: zero when caught up, unknown when not shrinking', () => {
    expect(timeToDrain(0, null, null)).toBe(0);
    expect(timeToDrain(10, 1, 2)).toBeNull();
    expect(timeToDrain(10, 3, 1)).toBe(5);
  });

  it('prints a table with one line per group and partition', () => {
    const table = formatLagTable(evaluateLag([snap(0, 10, 20), snap(1000, 10, 20)]));
    expect(table).toMatch(/^GROUP \/ TOPIC\[PARTITION\]\s+STATUS/);
    expect(table).toMatch(/extractor \(Stable, 1 member\)\s+stalled/);
    expect(table).toMatch(/ {2}t\[0\]\s+stalled\s+10\s+20\s+10/);
    expect(table).toContain('extractor: stalled: t[0]: committed offset stuck at 10');
  });
});
