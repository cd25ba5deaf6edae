export * from './lib/export-incident';
export * from './lib/csv';
export * from './lib/geojson';
export * from './lib/export-stream';
export * from './lib/labels';
export * from './lib/atom';
