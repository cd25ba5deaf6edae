import { ExportIncident, toRecord } from './export-incident';

/**
 * An RFC 7946 Feature: a Point at [longitude, latitude] (WGS 84), or a null geometry for an
 * incident with no known place, so a count of features is a count of incidents.
 */
export function toFeature(d: ExportIncident) {
  const { latitude, longitude, ...properties } = toRecord(d);
  return {
    type: 'Feature' as const,
    id: d.id,
    geometry: latitude !== null && longitude !== null ? { type: 'Point' as const, coordinates: [longitude, latitude] } : null,
    properties: { ...properties, latitude, longitude },
  };
}

export const geojsonHeader = () => '{"type":"FeatureCollection","features":[\n';
/** Features are joined by commas: the first one of the stream has none before it. */
export const geojsonFeature = (d: ExportIncident, first: boolean) => `${first ? '' : ',\n'}${JSON.stringify(toFeature(d))}`;
export const geojsonFooter = () => '\n]}\n';
