// The map's outlines, projected once: countries of the region and the governorates of Iraq,
// Syria, Jordan and Lebanon (Natural Earth, built by tools/map-data/build-outlines.ts).
import { geoMercator, geoPath, GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import topo from './outlines.topo.json';

/** The plane the map draws on (SVG viewBox units). */
export const WIDTH = 800;
export const HEIGHT = 520;

/** What the map shows at first: the four countries, from the Mediterranean to the Gulf. */
const EXTENT: [[number, number], [number, number]] = [
  [34.2, 29.0],
  [48.9, 37.6],
];

export interface AreaProps {
  iso: string;
  name_ar: string;
  name_en: string;
  country?: string;
}

export interface Outline {
  iso: string;
  name_ar: string;
  name_en: string;
  d: string;
  /** Label position on the plane. */
  label: [number, number];
  /** Share of the plane the area covers (labels only for areas big enough at the current zoom). */
  area: number;
}

export const projection: GeoProjection = geoMercator().fitExtent(
  [
    [0, 0],
    [WIDTH, HEIGHT],
  ],
  { type: 'MultiPoint', coordinates: EXTENT },
);

const path = geoPath(projection);
const topology = topo as unknown as Topology;

function outlinesOf(name: 'countries' | 'governorates'): Outline[] {
  const fc = feature(topology, topology.objects[name]) as unknown as FeatureCollection<Geometry, AreaProps>;
  return fc.features.map((f: Feature<Geometry, AreaProps>) => ({
    iso: f.properties.iso,
    name_ar: f.properties.name_ar,
    name_en: f.properties.name_en,
    d: path(f) ?? '',
    label: path.centroid(f) as [number, number],
    area: path.area(f) / (WIDTH * HEIGHT),
  }));
}

export const COUNTRIES = outlinesOf('countries');
export const GOVERNORATES = outlinesOf('governorates');
/** Countries labelled at every zoom: the four the incidents are in. */
export const FOCUS_COUNTRIES = new Set(['IQ', 'SY', 'JO', 'LB']);
export const ATTRIBUTION = (topo as { attribution?: string }).attribution ?? 'Natural Earth';
