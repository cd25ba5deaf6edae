import { IncidentQuery } from '../search.port';
import { incidentFilters, incidentTextQuery } from './incident-search.query';

/** The list's order with a unique tie-break, so search_after pages neither repeat nor skip. */
export const EXPORT_SORT = [{ event_date: { order: 'desc', missing: '_last' } }, { date_from: { order: 'desc', missing: '_last' } }, { incident_id: 'asc' }];

/**
 * One keyset page: search_after the previous page's last sort values (no from/size offset, so
 * the depth of an export is not bounded by index.max_result_window).
 */
export function incidentExportBody(query: IncidentQuery, after: unknown[] | null, size: number) {
  const must = incidentTextQuery(query.q);
  return {
    size,
    track_total_hits: false,
    query: { bool: { must: must ? [must] : [], filter: incidentFilters(query) } },
    sort: EXPORT_SORT,
    ...(after ? { search_after: after } : {}),
    _source: ['doc'],
  };
}
