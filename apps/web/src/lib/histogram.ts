// Timeline histogram buckets, computed in the browser from incident dates.

export interface Bucket {
  /** 'YYYY-MM' (monthly) or 'YYYY-MM-DD' (daily). */
  key: string;
  from: string;
  to: string;
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Buckets dates ('YYYY-MM-DD' or 'YYYY-MM'; nulls skipped) by day when they span at most
 * `maxDays`, otherwise by month, with empty buckets filled so gaps are visible.
 */
export function histogram(dates: Array<string | null>, maxDays = 45): Bucket[] {
  const valid = dates.filter((d): d is string => !!d && /^\d{4}-\d{2}(-\d{2})?$/.test(d)).sort();
  if (!valid.length) return [];
  const first = valid[0];
  const last = valid[valid.length - 1];
  const dayOf = (d: string) => (d.length === 7 ? `${d}-01` : d);
  const spanDays = (Date.parse(dayOf(last)) - Date.parse(dayOf(first))) / 86_400_000;
  const daily = spanDays <= maxDays && valid.every((d) => d.length === 10);
  const counts = new Map<string, number>();
  for (const d of valid) {
    const key = daily ? d : d.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: Bucket[] = [];
  if (daily) {
    for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) {
      const key = new Date(t).toISOString().slice(0, 10);
      out.push({ key, from: key, to: key, count: counts.get(key) ?? 0 });
    }
  } else {
    let [y, m] = first.slice(0, 7).split('-').map(Number);
    const end = last.slice(0, 7);
    for (;;) {
      const key = `${y}-${pad(m)}`;
      out.push({ key, from: `${key}-01`, to: `${key}-${pad(lastDay(y, m))}`, count: counts.get(key) ?? 0 });
      if (key >= end || out.length > 600) break;
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
  return out;
}
