import { normaliseLag } from './lag';

describe('pipeline panel: GET /api/lag', () => {
  it('reads one row per consumer group with lag, throughput and status', () => {
    const snap = normaliseLag({
      at: '2026-01-01T00:00:00.000Z',
      windowSeconds: 30,
      groups: [
        { group: 'indexer', members: 2, status: 'lagging', reason: 'lag growing', lag: 12, maxLagSeconds: 4.2, consumptionRate: 3.5, productionRate: 5, partitions: [{ topic: 'incidents.extracted.v1', lag: 12 }] },
        { group: 'extractor', status: 'OK', lag: 0, consumptionRate: null, partitions: [] },
      ],
    });
    expect(snap.rows).toEqual([
      { group: 'indexer', topics: ['incidents.extracted.v1'], lag: 12, rate: 3.5, produced: 5, lagSeconds: 4.2, status: 'lagging', reason: 'lag growing', members: 2 },
      { group: 'extractor', topics: [], lag: 0, rate: null, produced: null, lagSeconds: null, status: 'ok', reason: null, members: null },
    ]);
    expect(snap.windowSeconds).toBe(30);
  });

  it('survives an unexpected body', () => {
    expect(normaliseLag(null).rows).toEqual([]);
    expect(normaliseLag({ groups: [{ partitions: [{ lag: 2 }, { lag: 3 }] }] }).rows[0]).toMatchObject({ group: '?', lag: 5 });
  });
});
