// OpenSearch Dashboards saved objects, built from the index mappings so index patterns carry
// exactly the fields the indices have. `npm run -s dashboards:build` writes them to
// deploy/dashboards/*.ndjson (committed); the spec fails when the files and this drift apart.
import { LAG_SNAPSHOT_INDEX, LAG_SNAPSHOT_MAPPING } from '@raseed/operations';
import { ARTICLES_MAPPING, INCIDENTS_MAPPING } from '@raseed/search';

export interface SavedObject {
  id: string;
  type: 'index-pattern' | 'visualization' | 'search' | 'dashboard';
  attributes: Record<string, unknown>;
  references: Array<{ name: string; type: string; id: string }>;
  migrationVersion: Record<string, string>;
}

interface Mapping {
  properties: Record<string, { type?: string; enabled?: boolean; fields?: Record<string, { type: string }> }>;
}

/** Index patterns by id: the alias / index each one reads and the mapping behind it. */
export const INDEX_PATTERNS = {
  incidents: { title: 'incidents', timeFieldName: 'date_from', mapping: INCIDENTS_MAPPING as Mapping },
  articles: { title: 'articles', timeFieldName: 'published_at', mapping: ARTICLES_MAPPING as Mapping },
  'pipeline-lag': { title: LAG_SNAPSHOT_INDEX, timeFieldName: '@timestamp', mapping: LAG_SNAPSHOT_MAPPING as Mapping },
} as const;
export type IndexPatternId = keyof typeof INDEX_PATTERNS;

const OSD_VERSION = '2.19.2';
const MIGRATION = { 'index-pattern': '7.6.0', visualization: '7.10.0', search: '7.9.3', dashboard: '7.9.3' } as const;
const OSD_TYPES: Record<string, string> = {
  keyword: 'string',
  text: 'string',
  integer: 'number',
  long: 'number',
  double: 'number',
  float: 'number',
  date: 'date',
  geo_point: 'geo_point',
  boolean: 'boolean',
};
const AGGREGATABLE = new Set(['keyword', 'integer', 'long', 'double', 'float', 'date', 'geo_point', 'boolean']);

/** Every searchable field of a mapping, sub-fields (`title.kw`) included, with its ES type. */
export function mappingFields(mapping: Mapping): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, def] of Object.entries(mapping.properties)) {
    if (!def.type || def.enabled === false) continue;
    out.set(name, def.type);
    for (const [sub, s] of Object.entries(def.fields ?? {})) out.set(`${name}.${sub}`, s.type);
  }
  return out;
}

export const isAggregatable = (esType: string) => AGGREGATABLE.has(esType);

function indexPattern(id: IndexPatternId): SavedObject {
  const p = INDEX_PATTERNS[id];
  const meta = [
    { name: '_id', type: 'string', esTypes: ['_id'], searchable: true, aggregatable: true, readFromDocValues: false },
    { name: '_index', type: 'string', esTypes: ['_index'], searchable: true, aggregatable: true, readFromDocValues: false },
    { name: '_score', type: 'number', searchable: false, aggregatable: false, readFromDocValues: false },
    { name: '_source', type: '_source', esTypes: ['_source'], searchable: false, aggregatable: false, readFromDocValues: false },
  ];
  const fields = [...mappingFields(p.mapping)].map(([name, esType]) => ({
    name,
    type: OSD_TYPES[esType] ?? 'unknown',
    esTypes: [esType],
    searchable: true,
    aggregatable: isAggregatable(esType),
    readFromDocValues: isAggregatable(esType),
  }));
  return {
    id,
    type: 'index-pattern',
    attributes: { title: p.title, timeFieldName: p.timeFieldName, fields: JSON.stringify([...meta, ...fields].map((f) => ({ count: 0, scripted: false, ...f }))) },
    references: [],
    migrationVersion: { 'index-pattern': MIGRATION['index-pattern'] },
  };
}

const searchSource = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [], indexRefName: 'kibanaSavedObjectMeta.searchSourceJSON.index', ...extra });
const indexRef = (id: IndexPatternId) => [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id }];

type Agg = { id: string; type: string; schema: string; params: Record<string, unknown> };
const count = (): Agg => ({ id: '1', type: 'count', schema: 'metric', params: {} });
const metric = (type: 'max' | 'sum' | 'avg', field: string, id = '1'): Agg => ({ id, type, schema: 'metric', params: { field } });
const dateHistogram = (field: string, id = '2'): Agg => ({ id, type: 'date_histogram', schema: 'segment', params: { field, interval: 'auto', min_doc_count: 1, extended_bounds: {} } });
const terms = (field: string, schema: 'segment' | 'group' | 'bucket', size = 10, id = '3'): Agg => ({
  id,
  type: 'terms',
  schema,
  params: { field, size, order: 'desc', orderBy: '1', otherBucket: false, missingBucket: false },
});

function xyParams(kind: 'histogram' | 'line' | 'horizontal_bar') {
  const horizontal = kind === 'horizontal_bar';
  return {
    type: kind,
    grid: { categoryLines: false },
    categoryAxes: [
      {
        id: 'CategoryAxis-1',
        type: 'category',
        position: horizontal ? 'left' : 'bottom',
        show: true,
        style: {},
        scale: { type: 'linear' },
        labels: { show: true, filter: !horizontal, truncate: 200 },
        title: {},
      },
    ],
    valueAxes: [
      {
        id: 'ValueAxis-1',
        name: 'LeftAxis-1',
        type: 'value',
        position: horizontal ? 'bottom' : 'left',
        show: true,
        style: {},
        scale: { type: 'linear', mode: 'normal' },
        labels: { show: true, rotate: 0, filter: false, truncate: 100 },
        title: { text: '' },
      },
    ],
    seriesParams: [
      {
        show: true,
        type: kind === 'line' ? 'line' : 'histogram',
        mode: kind === 'line' ? 'normal' : 'stacked',
        data: { label: '', id: '1' },
        valueAxis: 'ValueAxis-1',
        drawLinesBetweenPoints: true,
        lineWidth: 2,
        showCircles: true,
      },
    ],
    addTooltip: true,
    addLegend: true,
    legendPosition: 'right',
    times: [],
    addTimeMarker: false,
    labels: { show: false },
    thresholdLine: { show: false, value: 10, width: 1, style: 'full', color: '#E7664C' },
  };
}

function visualization(id: string, title: string, pattern: IndexPatternId, type: string, params: Record<string, unknown>, aggs: Agg[]): SavedObject {
  return {
    id,
    type: 'visualization',
    attributes: {
      title,
      description: '',
      version: 1,
      uiStateJSON: '{}',
      visState: JSON.stringify({ title, type, params, aggs: aggs.map((a) => ({ enabled: true, ...a })) }),
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource() },
    },
    references: indexRef(pattern),
    migrationVersion: { visualization: MIGRATION.visualization },
  };
}

function savedSearch(id: string, title: string, pattern: IndexPatternId, columns: string[], sort: [string, 'asc' | 'desc']): SavedObject {
  return {
    id,
    type: 'search',
    attributes: { title, description: '', hits: 0, columns, sort: [sort], version: 1, kibanaSavedObjectMeta: { searchSourceJSON: searchSource({ highlightAll: true }) } },
    references: indexRef(pattern),
    migrationVersion: { search: MIGRATION.search },
  };
}

function dashboard(id: string, title: string, description: string, panels: Array<{ ref: SavedObject; x: number; y: number; w: number; h: number }>, timeFrom: string): SavedObject {
  return {
    id,
    type: 'dashboard',
    attributes: {
      title,
      description,
      hits: 0,
      version: 1,
      timeRestore: true,
      timeFrom,
      timeTo: 'now',
      refreshInterval: { pause: timeFrom !== 'now-1h', value: 30_000 },
      optionsJSON: JSON.stringify({ hidePanelTitles: false, useMargins: true }),
      panelsJSON: JSON.stringify(
        panels.map((p, i) => ({ version: OSD_VERSION, gridData: { x: p.x, y: p.y, w: p.w, h: p.h, i: String(i + 1) }, panelIndex: String(i + 1), embeddableConfig: {}, panelRefName: `panel_${i}` })),
      ),
      kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }) },
    },
    references: panels.map((p, i) => ({ name: `panel_${i}`, type: p.ref.type, id: p.ref.id })),
    migrationVersion: { dashboard: MIGRATION.dashboard },
  };
}

/** incidents.ndjson: index patterns for incidents and articles, the visualizations, the Incidents dashboard. */
export function incidentsSavedObjects(): SavedObject[] {
  const timeline = visualization('incidents-timeline', 'Incidents over time (by category)', 'incidents', 'histogram', xyParams('histogram'), [
    count(),
    dateHistogram('date_from'),
    terms('category', 'group', 10),
  ]);
  const map = visualization(
    'incidents-map',
    'Incidents map',
    'incidents',
    'tile_map',
    {
      mapType: 'Scaled Circle Markers',
      isDesaturated: true,
      addTooltip: true,
      heatClusterSize: 1.5,
      legendPosition: 'bottomright',
      mapZoom: 5,
      mapCenter: [33.5, 40],
      wms: { enabled: false, options: { format: 'image/png', transparent: true } },
    },
    [
      count(),
      {
        id: '2',
        type: 'geohash_grid',
        schema: 'segment',
        params: { field: 'location', autoPrecision: true, isFilteredByCollar: true, useGeocentroid: true, mapZoom: 5, mapCenter: [33.5, 40], precision: 4 },
      },
    ],
  );
  const byCategory = visualization(
    'incidents-by-category',
    'Incidents by category',
    'incidents',
    'pie',
    { type: 'pie', addTooltip: true, addLegend: true, legendPosition: 'right', isDonut: true, labels: { show: false, values: true, last_level: true, truncate: 100 } },
    [count(), terms('category', 'segment', 10, '2')],
  );
  const byActor = visualization('incidents-by-actor', 'Incidents by actor', 'incidents', 'horizontal_bar', xyParams('horizontal_bar'), [count(), terms('actor', 'segment', 15, '2')]);
  const byWeapon = visualization('incidents-by-weapon', 'Incidents by weapon', 'incidents', 'horizontal_bar', xyParams('horizontal_bar'), [count(), terms('weapon', 'segment', 15, '2')]);
  const casualties = visualization(
    'incidents-casualties',
    'Killed and injured over time',
    'incidents',
    'line',
    {
      ...xyParams('line'),
      seriesParams: ['1', '3'].map((id) => ({
        show: true,
        type: 'line',
        mode: 'normal',
        data: { label: id === '1' ? 'Killed' : 'Injured', id },
        valueAxis: 'ValueAxis-1',
        drawLinesBetweenPoints: true,
        lineWidth: 2,
        showCircles: true,
      })),
    },
    [metric('sum', 'killed'), metric('sum', 'injured', '3'), dateHistogram('date_from')],
  );
  const table = savedSearch(
    'incidents-table',
    'Incidents with sources',
    'incidents',
    ['category', 'event_date', 'place_names', 'actor', 'weapon', 'killed', 'injured', 'source_count', 'outlets'],
    ['date_from', 'desc'],
  );
  const sources = savedSearch('articles-table', 'Source articles', 'articles', ['outlet', 'title', 'url', 'incident_ids', 'duplicate_of'], ['published_at', 'desc']);
  const board = dashboard(
    'incidents-dashboard',
    'Incidents',
    'Deduplicated incidents extracted from Arabic news: when, where, who, with what, and which outlets reported them.',
    [
      { ref: timeline, x: 0, y: 0, w: 32, h: 14 },
      { ref: byCategory, x: 32, y: 0, w: 16, h: 14 },
      { ref: map, x: 0, y: 14, w: 24, h: 20 },
      { ref: byActor, x: 24, y: 14, w: 12, h: 20 },
      { ref: byWeapon, x: 36, y: 14, w: 12, h: 20 },
      { ref: casualties, x: 0, y: 34, w: 48, h: 12 },
      { ref: table, x: 0, y: 46, w: 48, h: 20 },
      { ref: sources, x: 0, y: 66, w: 48, h: 16 },
    ],
    'now-1y',
  );
  return [indexPattern('incidents'), indexPattern('articles'), timeline, map, byCategory, byActor, byWeapon, casualties, table, sources, board];
}

/** pipeline.ndjson: the lag snapshots' index pattern and the Pipeline dashboard. */
export function pipelineSavedObjects(): SavedObject[] {
  const lag = visualization('pipeline-lag-messages', 'Lag (messages) per group', 'pipeline-lag', 'line', xyParams('line'), [
    metric('max', 'lag'),
    dateHistogram('@timestamp'),
    terms('group', 'group', 20),
  ]);
  const lagSeconds = visualization('pipeline-lag-seconds', 'Lag (seconds) per group', 'pipeline-lag', 'line', xyParams('line'), [
    metric('max', 'lag_seconds'),
    dateHistogram('@timestamp'),
    terms('group', 'group', 20),
  ]);
  const rate = visualization('pipeline-consumption-rate', 'Consumption rate (msg/s) per group', 'pipeline-lag', 'line', xyParams('line'), [
    metric('max', 'consumption_rate'),
    dateHistogram('@timestamp'),
    terms('group', 'group', 20),
  ]);
  const status = visualization('pipeline-status', 'Group status over time', 'pipeline-lag', 'histogram', xyParams('histogram'), [
    count(),
    dateHistogram('@timestamp'),
    terms('group_status', 'group', 3),
  ]);
  const board = dashboard(
    'pipeline-dashboard',
    'Pipeline',
    'Consumer-group lag over time, from the API lag monitor snapshots (index pipeline-lag).',
    [
      { ref: lag, x: 0, y: 0, w: 24, h: 15 },
      { ref: lagSeconds, x: 24, y: 0, w: 24, h: 15 },
      { ref: rate, x: 0, y: 15, w: 24, h: 15 },
      { ref: status, x: 24, y: 15, w: 24, h: 15 },
    ],
    'now-1h',
  );
  return [indexPattern('pipeline-lag'), lag, lagSeconds, rate, status, board];
}

export const SAVED_OBJECT_FILES: Record<string, () => SavedObject[]> = {
  'incidents.ndjson': incidentsSavedObjects,
  'pipeline.ndjson': pipelineSavedObjects,
};

export const toNdjson = (objects: SavedObject[]) => objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
