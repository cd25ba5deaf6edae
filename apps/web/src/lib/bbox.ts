// The map's area filter as the API takes it: minLon,minLat,maxLon,maxLat in degrees.

export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

const NUM = /^-?\d+(\.\d+)?$/;

/** Reads `bbox` from a URL; anything the API would refuse reads as no box. */
export function parseBbox(value: string): Bbox | null {
  const parts = value.split(',').map((x) => x.trim());
  if (parts.length !== 4 || !parts.every((x) => NUM.test(x))) return null;
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);
  if ([minLon, maxLon].some((x) => Math.abs(x) > 180) || [minLat, maxLat].some((x) => Math.abs(x) > 90)) return null;
  if (minLon > maxLon || minLat > maxLat) return null;
  return { minLon, minLat, maxLon, maxLat };
}

/** Three decimals (~100 m) are plenty for an area drawn on a map, and keep URLs short. */
export function formatBbox(b: Bbox | null): string {
  if (!b) return '';
  const r = (x: number) => String(Math.round(x * 1000) / 1000);
  return [b.minLon, b.minLat, b.maxLon, b.maxLat].map(r).join(',');
}

/** The box spanned by two corners given in any order, clamped to the world. */
export function bboxFromCorners(a: [number, number], b: [number, number]): Bbox {
  const clampLon = (x: number) => Math.max(-180, Math.min(180, x));
  const clampLat = (x: number) => Math.max(-90, Math.min(90, x));
  return {
    minLon: clampLon(Math.min(a[0], b[0])),
    maxLon: clampLon(Math.max(a[0], b[0])),
    minLat: clampLat(Math.min(a[1], b[1])),
    maxLat: clampLat(Math.max(a[1], b[1])),
  };
}
