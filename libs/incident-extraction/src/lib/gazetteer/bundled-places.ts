import { GEONAMES_LINKS, GEONAMES_PLACES } from './geonames.data';
import { PLACES, PlaceRow } from './places.data';

// The rows the default gazetteer is built from: the hand-curated rows, each with the extra
// spellings and the population of the GeoNames entries that are the same place, then the
// GeoNames towns the curated rows do not have.

let rows: PlaceRow[] | null = null;

export function bundledPlaces(): PlaceRow[] {
  if (rows) return rows;
  const links = new Map<string, Array<(typeof GEONAMES_LINKS)[number]>>();
  for (const l of GEONAMES_LINKS) links.set(l.id, [...(links.get(l.id) ?? []), l]);
  const curated = PLACES.map((row): PlaceRow => {
    const ls = links.get(row.id);
    if (!ls) return row;
    return {
      ...row,
      geonameid: row.geonameid ?? ls[0].geonameid,
      population: row.population ?? Math.max(...ls.map((l) => l.population)),
      ar: [...row.ar, ...ls.flatMap((l) => l.ar)],
      cueAr: [...(row.cueAr ?? []), ...ls.flatMap((l) => l.cueAr)],
    };
  });
  return (rows = [...curated, ...GEONAMES_PLACES]);
}
