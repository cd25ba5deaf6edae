import { z } from 'zod';

const NUMBER = String.raw`\s*-?\d+(\.\d+)?\s*`;

/**
 * `bbox=minLon,minLat,maxLon,maxLat` (the GeoJSON / OGC order), in degrees. West must not be east
 * of east: a box across the antimeridian is refused rather than read as the rest of the world.
 */
export const bbox = z
  .string()
  .regex(new RegExp(`^${NUMBER}(,${NUMBER}){3}$`), 'must be minLon,minLat,maxLon,maxLat (e.g. 38.5,32.5,43,37)')
  .transform((s) => s.split(',').map(Number))
  .pipe(
    z.tuple([
      z.number().min(-180, 'longitudes must be within -180..180').max(180, 'longitudes must be within -180..180'),
      z.number().min(-90, 'latitudes must be within -90..90').max(90, 'latitudes must be within -90..90'),
      z.number().min(-180, 'longitudes must be within -180..180').max(180, 'longitudes must be within -180..180'),
      z.number().min(-90, 'latitudes must be within -90..90').max(90, 'latitudes must be within -90..90'),
    ]),
  )
  .refine(([minLon, , maxLon]) => minLon <= maxLon, 'minLon must not be greater than maxLon (a box across the antimeridian is not supported)')
  .refine(([, minLat, , maxLat]) => minLat <= maxLat, 'minLat must not be greater than maxLat')
  .transform(([minLon, minLat, maxLon, maxLat]) => ({ minLon, minLat, maxLon, maxLat }));
