import type { GroupLag, LagReport, PartitionLag } from '@raseed/operations';
import { lagSnapshot } from './lag';

// Typed as the API's own LagReport: a change of its shape breaks `npm run typecheck` here.
const partition = (topic: string, lag: number): PartitionLag => ({
  topic,
  partition: 0,
  committedOffset: 0,
  logStartOffset: 0,
  logEndOffset: lag,
  lag,
  lagSeconds: null,
  lagSecondsSource: null,
  consumptionRate: null,
  productionRate: null,
  timeToDrainSeconds: null,
  status: 'OK',
  reason: '',
});
const group = (g: Partial<GroupLag> & Pick<GroupLag, 'group' | 'status' | 'lag' | 'partitions'>): GroupLag => ({
  state: 'Stable',
  members: 1,
  reason: '',
  maxLag: g.lag,
  maxLagSeconds: null,
  consumptionRate: null,
  productionRate: null,
  timeToDrainSeconds: null,
  ...g,
});

describe('pipeline panel: GET /api/lag', () => {
  it('reads one row per consumer group with lag, throughput and status', () => {
    const report: LagReport = {
      at: '2026-01-01T00:00:00.000Z',
      windowSeconds: 30,
      samples: 4,
      groups: [
        group({
          group: 'indexer',
          members: 2,
          status: 'lagging',
          reason: 'lag growing',
          lag: 12,
          maxLagSeconds: 4.2,
          consumptionRate: 3.5,
          productionRate: 5,
          partitions: [partition('incidents.extracted.v1', 7), partition('incidents.extracted.v1', 5)],
        }),
        group({ group: 'extractor', status: 'OK', lag: 0, partitions: [] }),
      ],
    };
    const snap = lagSnapshot(report);
    expect(snap.rows).toEqual([
      { group: 'indexer', topics: ['incidents.extracted.v1'], lag: 12, rate: 3.5, produced: 5, lagSeconds: 4.2, status: 'lagging', reason: 'lag growing', members: 2 },
      { group: 'extractor', topics: [], lag: 0, rate: null, produced: null, lagSeconds: null, status: 'ok', reason: null, members: 1 },
    ]);
    expect(snap).toMatchObject({ at: '2026-01-01T00:00:00.000Z', windowSeconds: 30 });
  });
});
