import { csvHeader, csvRow } from './csv';
import { ExportIncident } from './export-incident';
import { geojsonFeature, geojsonFooter, geojsonHeader } from './geojson';

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  geojson: { contentType: 'application/geo+json; charset=utf-8', extension: 'geojson' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (v: unknown): v is ExportFormat => typeof v === 'string' && Object.hasOwn(EXPORT_FORMATS, v);

/**
 * The export as text chunks, one per page of incidents, pulled page by page: nothing is asked of
 * `pages` before the consumer wants the next chunk, so a slow download slows the queries instead
 * of filling memory. CSV: header and one row per incident; GeoJSON: one FeatureCollection;
 * JSON lines: each full incident document on its own line.
 */
export async function* exportChunks(pages: AsyncIterable<ExportIncident[]>, format: ExportFormat): AsyncGenerator<string> {
  let first = true;
  if (format === 'csv') yield csvHeader();
  if (format === 'geojson') yield geojsonHeader();
  for await (const page of pages) {
    let chunk = '';
    for (const d of page) {
      if (format === 'csv') chunk += csvRow(d);
      else if (format === 'geojson') chunk += geojsonFeature(d, first);
      else chunk += `${JSON.stringify(d)}\n`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  if (format === 'geojson') yield geojsonFooter();
}
