import { IdleHeapProbe, IdleHeapRelease } from './idle-heap-release';

const MB = 1024 * 1024;
const OPTIONS = { checkMs: 1000, quietChecks: 3, maxUtilisation: 0.02, growthBytes: 16 * MB };

/** A process as the policy sees it: its loop's utilisation, its committed heap, and what a full collection leaves. */
class FakeProcess implements IdleHeapProbe {
  busy = 0;
  committed = 0;
  /** The heap a collection leaves; a second one in a row also gives back the young generation. */
  afterCollect: number[] = [];
  collected = 0;

  constructor(committedMb: number) {
    this.committed = committedMb * MB;
  }

  utilisation(): number {
    return this.busy;
  }

  committedHeapBytes(): number {
    return this.committed;
  }

  collect(): void {
    this.collected++;
    const next = this.afterCollect.shift();
    if (next !== undefined) this.committed = next * MB;
  }
}

/** Ticks `n` times; the ticks that collected (1-based). */
function run(release: IdleHeapRelease, n: number): number[] {
  const at: number[] = [];
  for (let i = 1; i <= n; i++) if (release.tick()) at.push(i);
  return at;
}

describe('IdleHeapRelease', () => {
  it('never collects while the event loop is busy, however large the heap', () => {
    const p = new FakeProcess(400);
    p.busy = 0.5;
    const release = new IdleHeapRelease(p, OPTIONS);
    expect(run(release, 50)).toEqual([]);
    expect(p.collected).toBe(0);
  });

  it('collects once the loop has been quiet for quietChecks ticks in a row, not before', () => {
    const p = new FakeProcess(120);
    p.afterCollect = [60];
    const release = new IdleHeapRelease(p, OPTIONS);
    p.busy = 0.9;
    expect(run(release, 5)).toEqual([]);
    p.busy = 0.01;
    expect(run(release, 2)).toEqual([]);
    expect(release.tick()).toBe(true);
    expect(p.collected).toBe(1);
  });

  it('starts counting quiet ticks again after a busy one', () => {
    const p = new FakeProcess(120);
    const release = new IdleHeapRelease(p, OPTIONS);
    const load = [0, 0, 0.3, 0, 0, 0.3, 0, 0];
    for (const u of load) {
      p.busy = u;
      expect(release.tick()).toBe(false);
    }
    p.busy = 0;
    expect(release.tick()).toBe(true);
  });

  it('collects start-up garbage, tries once more for the young generation, then leaves an idle process alone', () => {
    const p = new FakeProcess(90);
    // First collection frees the old space, the second the young generation; later ones free nothing.
    p.afterCollect = [70, 40, 40, 40];
    const release = new IdleHeapRelease(p, OPTIONS);
    expect(run(release, 60)).toEqual([3, 6]);
    expect(p.committed).toBe(40 * MB);
  });

  it('collects again when a later burst grows the heap by growthBytes, not for less', () => {
    const p = new FakeProcess(40);
    p.afterCollect = [30, 30];
    const release = new IdleHeapRelease(p, OPTIONS);
    expect(run(release, 20)).toEqual([3, 6]);

    // A burst that grew the heap by less than growthBytes: left alone.
    p.busy = 0.8;
    p.committed = 40 * MB;
    run(release, 5);
    p.busy = 0;
    expect(run(release, 20)).toEqual([]);

    // One that grew it by more: one collection once quiet, which gets it back to its level.
    p.busy = 0.8;
    p.committed = 100 * MB;
    p.afterCollect = [31];
    run(release, 5);
    p.busy = 0;
    expect(run(release, 20)).toEqual([3]);
    expect(p.collected).toBe(3);
  });

  it('a heap V8 shrank by itself lowers the level', () => {
    const p = new FakeProcess(60);
    p.afterCollect = [50, 50];
    const release = new IdleHeapRelease(p, OPTIONS);
    expect(run(release, 10)).toEqual([3, 6]);
    // V8 shrinks it to 20 MB on its own, then a burst brings it to 40: 20 MB above the level, collected.
    p.committed = 20 * MB;
    run(release, 2);
    p.busy = 0.5;
    p.committed = 40 * MB;
    run(release, 2);
    p.busy = 0;
    p.afterCollect = [20];
    expect(run(release, 5)).toEqual([3]);
  });
});
