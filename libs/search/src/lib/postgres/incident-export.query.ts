import { IncidentDocument, IncidentPage, IncidentQuery } from '../search.port';
import { SqlExecutor } from '../sql-executor';
import { incidentFilter, whereSql } from './incident-search.query';

/**
 * Keyset paging in the list's order (event_date DESC NULLS LAST, date_from DESC NULLS LAST, id),
 * which search_incidents_date_idx holds. A row comparison cannot express NULLS LAST, so the order
 * is walked as three runs, each a plain range of that index: day-dated incidents, month-dated
 * ones (no event_date), undated ones. A cursor is the run and the last row's key; each page starts
 * where the previous one stopped, so every page costs the same however deep the export is.
 */
type Run = 'dated' | 'month' | 'undated';
const RUNS: Run[] = ['dated', 'month', 'undated'];

interface Cursor {
  run: Run;
  /** The last row's key; absent at the start of a run. */
  key?: { d: string | null; df: string | null; id: string };
}

interface ExportRow {
  id: string;
  d: string | null;
  df: string | null;
  doc: IncidentDocument;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** Cursors come back from callers: anything that is not one of ours is refused, not guessed. */
export function decodeCursor(token: string): Cursor {
  let c: Cursor;
  try {
    c = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw new Error('invalid export cursor');
  }
  const dateOk = (v: unknown) => v === null || (typeof v === 'string' && DAY.test(v));
  if (!c || !RUNS.includes(c.run)) throw new Error('invalid export cursor');
  if (c.key !== undefined && (typeof c.key?.id !== 'string' || !dateOk(c.key.d) || !dateOk(c.key.df))) throw new Error('invalid export cursor');
  return c;
}

/** The run's own rows, and only those after the cursor's key (a range scan that starts there). */
function runConditions(c: Cursor, p: (v: unknown) => string): string[] {
  const k = c.key;
  switch (c.run) {
    case 'dated': {
      if (!k || k.d === null) return ['i.event_date IS NOT NULL'];
      const d = p(k.d);
      // Within the cursor's own day (a handful of rows) date_from and id decide.
      const df = k.df === null ? null : p(k.df);
      const id = p(k.id);
      const sameDay = df ? `(i.date_from < ${df}::date OR i.date_from IS NULL OR (i.date_from = ${df}::date AND i.id > ${id}))` : `(i.date_from IS NULL AND i.id > ${id})`;
      return [`i.event_date <= ${d}::date`, `(i.event_date < ${d}::date OR (i.event_date = ${d}::date AND ${sameDay}))`];
    }
    case 'month': {
      const base = ['i.event_date IS NULL', 'i.date_from IS NOT NULL'];
      if (!k || k.df === null) return base;
      const df = p(k.df);
      return [...base, `i.date_from <= ${df}::date`, `(i.date_from < ${df}::date OR i.id > ${p(k.id)})`];
    }
    case 'undated':
      return ['i.event_date IS NULL', 'i.date_from IS NULL', ...(k ? [`i.id > ${p(k.id)}`] : [])];
  }
}

export async function exportIncidentPage(db: SqlExecutor, query: IncidentQuery, after: string | null, size: number): Promise<IncidentPage> {
  const cursor = after ? decodeCursor(after) : { run: 'dated' as Run };
  const f = await incidentFilter(db, query);
  const params = [...f.params];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = whereSql({ ...f, where: [...f.where, ...runConditions(cursor, p)] });
  const rows = await db.query<ExportRow>(
    `SELECT i.id, to_char(i.event_date, 'YYYY-MM-DD') AS d, to_char(i.date_from, 'YYYY-MM-DD') AS df, i.doc
     FROM search_incidents i ${where}
     ORDER BY i.event_date DESC NULLS LAST, i.date_from DESC NULLS LAST, i.id LIMIT ${p(size)}`,
    params,
  );
  const last = rows[rows.length - 1];
  const nextRun = RUNS[RUNS.indexOf(cursor.run) + 1];
  const next = rows.length === size ? { run: cursor.run, key: { d: last.d, df: last.df, id: last.id } } : nextRun ? { run: nextRun } : null;
  return { items: rows.map((r) => r.doc), next: next ? encodeCursor(next) : null };
}
