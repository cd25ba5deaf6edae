import { IncidentQuery } from '../search.port';
import { SqlExecutor } from '../sql-executor';
import { incidentFilter } from './incident-search.query';

/**
 * Which of these incidents match the query's filters, by the very conditions search uses (so a
 * follower is told about exactly what the same search would list). Reads the indexer's tables,
 * which exist whichever back end serves search.
 */
export async function matchingIncidentIds(db: SqlExecutor, query: IncidentQuery, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const f = await incidentFilter(db, query);
  const rows = await db.query<{ id: string }>(`SELECT i.id FROM search_incidents i WHERE i.id = ANY($${f.params.length + 1}::text[])${f.where.length ? ` AND ${f.where.join(' AND ')}` : ''}`, [
    ...f.params,
    ids,
  ]);
  return rows.map((r) => r.id);
}
