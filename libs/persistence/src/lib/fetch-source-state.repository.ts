import { DataSource } from 'typeorm';

export interface FetchSourceCounters {
  fetched: number;
  emitted: number;
  notModified: number;
  skipped: number;
  errors: number;
}

export interface FetchSourceStateRow extends FetchSourceCounters {
  name: string;
  kind: string;
  runs: number;
  lastError: string | null;
  lastErrorAt: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  nextRunAt: string | null;
}

/** Cumulative per-source progress for GET /api/sources, kept across restarts. */
export class FetchSourceStateRepository {
  constructor(private readonly ds: DataSource) {}

  /** Adds one run's counts; a run without error clears nothing but records success. */
  async recordRun(name: string, kind: string, c: FetchSourceCounters, lastError: string | null, nextRunAt: Date | null): Promise<void> {
    await this.ds.query(
      `INSERT INTO fetch_source_state (name, kind, runs, fetched, emitted, not_modified, skipped, errors, last_error, last_error_at, last_run_at, last_success_at, next_run_at)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END, now(), CASE WHEN $8::text IS NULL THEN now() END, $9)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, runs = fetch_source_state.runs + 1,
         fetched = fetch_source_state.fetched + EXCLUDED.fetched, emitted = fetch_source_state.emitted + EXCLUDED.emitted,
         not_modified = fetch_source_state.not_modified + EXCLUDED.not_modified, skipped = fetch_source_state.skipped + EXCLUDED.skipped,
         errors = fetch_source_state.errors + EXCLUDED.errors,
         last_error = COALESCE(EXCLUDED.last_error, fetch_source_state.last_error),
         last_error_at = COALESCE(EXCLUDED.last_error_at, fetch_source_state.last_error_at),
         last_run_at = now(), last_success_at = COALESCE(EXCLUDED.last_success_at, fetch_source_state.last_success_at),
         next_run_at = EXCLUDED.next_run_at`,
      [name, kind, c.fetched, c.emitted, c.notModified, c.skipped, c.errors, lastError, nextRunAt],
    );
  }

  async setNextRun(name: string, kind: string, nextRunAt: Date): Promise<void> {
    await this.ds.query(
      `INSERT INTO fetch_source_state (name, kind, next_run_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, next_run_at = EXCLUDED.next_run_at`,
      [name, kind, nextRunAt],
    );
  }

  /**
   * Articles of each source that a later stage rejected (article_rejections, written by the
   * normaliser; the fetcher's own rejections are in `errors`), by the source that fetched them:
   * inbox and folder sources by their seen-set key, web sources by the URL state naming the page.
   */
  async rejectedDownstream(): Promise<Map<string, number>> {
    const rows: Array<{ name: string; n: number }> = await this.ds.query(
      `SELECT name, count(*)::int AS n FROM (
         SELECT DISTINCT ON (r.article_id) r.article_id,
           CASE WHEN f.source_key LIKE 'inbox:%' THEN 'inbox'
                WHEN f.source_key LIKE 'folder:%' THEN split_part(f.source_key, ':', 2)
                ELSE u.source_name END AS name
         FROM article_rejections r
         JOIN fetch_records f ON f.article_id = r.article_id
         LEFT JOIN fetch_url_state u ON f.source_key LIKE 'url:%' AND u.article_url = substr(f.source_key, 5)
         ORDER BY r.article_id, f.emitted_at, f.source_key) owned
       WHERE name IS NOT NULL GROUP BY name`,
    );
    return new Map(rows.map((r) => [r.name, r.n]));
  }

  async list(): Promise<FetchSourceStateRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT name, kind, runs, fetched, emitted, not_modified, skipped, errors, last_error, last_error_at, last_run_at, last_success_at, next_run_at
         FROM fetch_source_state ORDER BY name`,
    );
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v));
    return rows.map((r) => ({
      name: String(r.name),
      kind: String(r.kind),
      runs: Number(r.runs),
      fetched: Number(r.fetched),
      emitted: Number(r.emitted),
      notModified: Number(r.not_modified),
      skipped: Number(r.skipped),
      errors: Number(r.errors),
      lastError: (r.last_error as string | null) ?? null,
      lastErrorAt: iso(r.last_error_at),
      lastRunAt: iso(r.last_run_at),
      lastSuccessAt: iso(r.last_success_at),
      nextRunAt: iso(r.next_run_at),
    }));
  }
}
