import { IncidentDocument, IncidentQuery, SearchPort } from './search.port';

export const EXPORT_PAGE_SIZE = 500;

/**
 * Every incident the query matches, page after keyset page, asked for only as the consumer takes
 * them: one page is held at a time, so an export's memory does not grow with its size.
 */
export async function* allIncidents(port: Pick<SearchPort, 'exportIncidents'>, query: IncidentQuery, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<IncidentDocument[]> {
  let after: string | null = null;
  do {
    const page = await port.exportIncidents(query, after, pageSize);
    if (page.items.length) yield page.items;
    after = page.next;
  } while (after);
}
