import { epochDay } from '@raseed/incident-clustering';
import { BUCKET_DAYS, FOOTPRINT_SLACK_DAYS, lockSet, locksOf, missingLocks } from './neighbourhood-locks';

const d = (iso: string) => epochDay(iso);

describe('neighbourhood locks', () => {
  it('covers a dated footprint with its buckets (window ± slack, exclusive) under the category, shared', () => {
    const keys = locksOf({ category: 'attack_on_us_forces', from: d('2024-03-10'), to: d('2024-03-10') });
    const buckets = keys.filter((k) => k.exclusive).map((k) => k.key);
    expect(buckets[0]).toBe(Math.floor((d('2024-03-10') - FOOTPRINT_SLACK_DAYS) / BUCKET_DAYS));
    expect(buckets[buckets.length - 1]).toBe(Math.floor((d('2024-03-10') + FOOTPRINT_SLACK_DAYS) / BUCKET_DAYS));
    expect(keys.filter((k) => !k.exclusive)).toHaveLength(1);
    expect(new Set(keys.map((k) => k.space)).size).toBe(1);
  });

  it('locks a whole category exclusively for an undated footprint, so it waits for every dated one there', () => {
    const open = locksOf({ category: 'attack_on_us_forces', from: null, to: null });
    expect(open).toHaveLength(1);
    expect(open[0].exclusive).toBe(true);
    const dated = locksOf({ category: 'attack_on_us_forces', from: d('2024-03-10'), to: d('2024-03-10') });
    expect(dated.some((k) => k.key === open[0].key && k.space === open[0].space && !k.exclusive)).toBe(true);
  });

  it('keeps footprints far apart in time, or of other categories, on disjoint exclusive keys', () => {
    const x = (f: Parameters<typeof locksOf>[0]) =>
      new Set(
        locksOf(f)
          .filter((k) => k.exclusive)
          .map((k) => `${k.space}:${k.key}`),
      );
    const march = x({ category: 'attack_on_us_forces', from: d('2024-03-10'), to: d('2024-03-10') });
    const may = x({ category: 'attack_on_us_forces', from: d('2024-05-10'), to: d('2024-05-10') });
    const other = x({ category: 'strike_on_militias', from: d('2024-03-10'), to: d('2024-03-10') });
    expect([...march].filter((k) => may.has(k) || other.has(k))).toEqual([]);
    // Two days within the matcher's tolerance share a bucket: they can never be re-clustered apart.
    const near = x({ category: 'attack_on_us_forces', from: d('2024-03-16'), to: d('2024-03-16') });
    expect([...march].some((k) => near.has(k))).toBe(true);
  });

  it('merges footprints into one sorted set, exclusive winning over shared, and says what is missing', () => {
    const open = { category: 'c', from: null, to: null };
    const dated = { category: 'c', from: 20000, to: 20000 };
    const set = lockSet([dated, open, dated]);
    const sorted = [...set].sort((a, b) => a.space - b.space || a.key - b.key);
    expect(set).toEqual(sorted);
    expect(new Set(set.map((k) => `${k.space}:${k.key}`)).size).toBe(set.length);
    expect(set.every((k) => k.exclusive)).toBe(true);
    const held = lockSet([dated]);
    expect(missingLocks(held, held)).toEqual([]);
    // The category's whole-range lock is held shared: an undated footprint needs it exclusive.
    expect(missingLocks(held, lockSet([open]))).toEqual(lockSet([open]));
  });
});
