import { ArticleMention, MAX_SOFT_DATE_GAP, mentionWindow, epochDay } from '@raseed/incident-clustering';
import { SqlExecutor } from '../sql-executor';

// Which neighbourhoods an indexing transaction may read and rewrite, as PostgreSQL advisory
// locks. The argument for why two indexers never cluster the same neighbourhood at once is in
// libs/search/README.md ("Parallel indexers").

/** Days per date bucket: a day-precision mention's footprint (±MAX_SOFT_DATE_GAP) spans 2–3 of them. */
export const BUCKET_DAYS = 7;
/** The candidate search's slack around a mention's window (mention-rows.sql.ts uses the same). */
export const FOOTPRINT_SLACK_DAYS = MAX_SOFT_DATE_GAP;
/** Second key of a category's whole-range lock: taken shared by every dated footprint, exclusive by an undated one. */
const WHOLE_CATEGORY = -2147483648;
/** First-key namespace, so these locks never meet the project's other advisory locks (single bigint keys). */
const NAMESPACE = 0x1d3;

/** One advisory lock: (classid, objid) of pg_advisory_xact_lock(int, int), and whether it is exclusive. */
export interface LockKey {
  space: number;
  key: number;
  exclusive: boolean;
}

/** A mention's place in time for locking: its category and date window in epoch days (null bounds: undated). */
export interface Footprint {
  category: string;
  from: number | null;
  to: number | null;
}

export function footprintOf(m: ArticleMention): Footprint {
  const w = mentionWindow(m);
  return { category: m.mention.category, from: Number.isFinite(w.from) ? w.from : null, to: Number.isFinite(w.to) ? w.to : null };
}

/** A stored search_mentions row's footprint (window_from / window_to are ISO days, null when undated). */
export function footprintOfRow(r: { category: string; window_from: string | Date | null; window_to: string | Date | null }): Footprint {
  const day = (v: string | Date | null) => (v === null ? null : epochDay(typeof v === 'string' ? v : v.toISOString()));
  return { category: r.category, from: day(r.window_from), to: day(r.window_to) };
}

/** 32-bit FNV-1a of the category: a collision only makes two categories wait for each other. */
function categorySpace(category: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < category.length; i++) h = Math.imul(h ^ category.charCodeAt(i), 0x01000193);
  return (h ^ NAMESPACE) | 0;
}

/**
 * The locks covering a footprint: the category's whole-range lock (shared when dated, exclusive
 * when undated — an undated mention can match any date) and, when dated, every bucket its
 * window ± the candidate slack touches, exclusive. Any stored mention the candidate search can
 * find for this footprint has a bucket in common with it, or is undated (whole-range lock).
 */
export function locksOf(f: Footprint): LockKey[] {
  const space = categorySpace(f.category);
  if (f.from === null || f.to === null) return [{ space, key: WHOLE_CATEGORY, exclusive: true }];
  const first = Math.floor((f.from - FOOTPRINT_SLACK_DAYS) / BUCKET_DAYS);
  const last = Math.floor((f.to + FOOTPRINT_SLACK_DAYS) / BUCKET_DAYS);
  const keys: LockKey[] = [{ space, key: WHOLE_CATEGORY, exclusive: false }];
  for (let b = first; b <= last; b++) keys.push({ space, key: b, exclusive: true });
  return keys;
}

/** Union of lock sets, one entry per key (exclusive wins), in the one global order every indexer acquires in. */
export function lockSet(footprints: Iterable<Footprint>, base: readonly LockKey[] = []): LockKey[] {
  const byKey = new Map<string, LockKey>();
  const add = (k: LockKey) => {
    const id = `${k.space}:${k.key}`;
    const had = byKey.get(id);
    if (!had || (k.exclusive && !had.exclusive)) byKey.set(id, k);
  };
  base.forEach(add);
  for (const f of footprints) locksOf(f).forEach(add);
  return [...byKey.values()].sort((a, b) => a.space - b.space || a.key - b.key);
}

/** Keys of `wanted` that `held` does not cover (missing, or held shared where exclusive is wanted). */
export function missingLocks(held: readonly LockKey[], wanted: readonly LockKey[]): LockKey[] {
  const have = new Map(held.map((k) => [`${k.space}:${k.key}`, k.exclusive]));
  return wanted.filter((k) => {
    const h = have.get(`${k.space}:${k.key}`);
    return h === undefined || (k.exclusive && !h);
  });
}

/**
 * Takes the locks, waiting, in the sorted order lockSet gives: every indexer waits only in that
 * one order, and only while it holds nothing taken out of it, so no cycle of waits can form.
 */
export async function acquireLocks(tx: SqlExecutor, keys: readonly LockKey[]): Promise<void> {
  if (!keys.length) return;
  // One statement: a function scan over the arrays yields (and locks) the rows in array order.
  await tx.query(
    `SELECT CASE WHEN k.x THEN pg_advisory_xact_lock(k.space, k.key)::text ELSE pg_advisory_xact_lock_shared(k.space, k.key)::text END
     FROM unnest($1::int[], $2::int[], $3::bool[]) AS k(space, key, x)`,
    [keys.map((k) => k.space), keys.map((k) => k.key), keys.map((k) => k.exclusive)],
  );
}

/**
 * Tries more locks without waiting (they may sort before ones already held, so waiting could
 * deadlock). True when all were taken; false when one is busy — the caller then rolls back,
 * releasing everything, and starts again waiting for the whole set in order.
 */
export async function tryLocks(tx: SqlExecutor, keys: readonly LockKey[]): Promise<boolean> {
  if (!keys.length) return true;
  const rows = await tx.query<{ ok: boolean }>(
    `SELECT bool_and(CASE WHEN k.x THEN pg_try_advisory_xact_lock(k.space, k.key) ELSE pg_try_advisory_xact_lock_shared(k.space, k.key) END) AS ok
     FROM unnest($1::int[], $2::int[], $3::bool[]) AS k(space, key, x)`,
    [keys.map((k) => k.space), keys.map((k) => k.key), keys.map((k) => k.exclusive)],
  );
  return rows[0]?.ok === true;
}
