/** A map's extent in degrees; west < east (a frame never crosses the antimeridian). */
export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * Enclosed seas a reader expects to see whole once a place is on or near their shore: a map of
 * Aktau shows the Caspian, not its northern half. Boxes from Natural Earth's coastlines.
 */
export const SEAS: { name: string; box: GeoBox }[] = [
  { name: 'Caspian Sea', box: { west: 46.6, east: 54.9, south: 36.5, north: 47.2 } },
  { name: 'Black Sea', box: { west: 27.4, east: 41.8, south: 40.9, north: 46.7 } },
];
/** How close (degrees) a place must be to a sea's box for the sea to be framed. */
const NEAR_SEA = 1.5;
/** Around what is framed, a share of its span on each side (and at least MIN_MARGIN degrees): the neighbours. */
const MARGIN = 0.15;
const MIN_MARGIN = 1.5;
/** Mercator grows without bound towards the poles. */
const MAX_LAT = 78;

function union(a: GeoBox, b: GeoBox): GeoBox {
  return { west: Math.min(a.west, b.west), east: Math.max(a.east, b.east), south: Math.min(a.south, b.south), north: Math.max(a.north, b.north) };
}

function near(box: GeoBox, lat: number, lon: number): boolean {
  return lon >= box.west - NEAR_SEA && lon <= box.east + NEAR_SEA && lat >= box.south - NEAR_SEA && lat <= box.north + NEAR_SEA;
}

/**
 * A shape's [[west, south], [east, north]] bounds as a box; one across the antimeridian (west >
 * east: Russia's Chukotka, the Aleutians) keeps its wider side, where the country mostly lies.
 */
export function boundsBox([[west, south], [east, north]]: [[number, number], [number, number]]): GeoBox {
  if (west <= east) return { west, east, south, north };
  return 180 - west >= east + 180 ? { west, east: 180, south, north } : { west: -180, east, south, north };
}

/**
 * What a map shows: the points, every shape in `whole` (a country on its own locator map), and a
 * sea any point is on or near; then a margin for the surroundings, widened to `minSpan` degrees of
 * longitude (two thirds of it in latitude) around a lone place.
 */
export function mapFrame(points: { lat: number; lon: number }[], { whole = [], minSpan = 14 }: { whole?: GeoBox[]; minSpan?: number } = {}): GeoBox {
  const shown = [...points.map((p) => ({ west: p.lon, east: p.lon, south: p.lat, north: p.lat })), ...whole];
  const [first, ...rest] = shown;
  if (!first) throw new Error('A map needs something to show.');
  let box = rest.reduce(union, first);
  for (const sea of SEAS) if (points.some((p) => near(sea.box, p.lat, p.lon))) box = union(box, sea.box);

  const padLon = Math.max((box.east - box.west) * MARGIN, MIN_MARGIN);
  const padLat = Math.max((box.north - box.south) * MARGIN, MIN_MARGIN);
  let { west, east, south, north } = { west: box.west - padLon, east: box.east + padLon, south: box.south - padLat, north: box.north + padLat };
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  const halfLon = Math.max((east - west) / 2, minSpan / 2);
  const halfLat = Math.max((north - south) / 2, minSpan / 3);
  [west, east] = [Math.max(midLon - halfLon, -180), Math.min(midLon + halfLon, 180)];
  [south, north] = [Math.max(midLat - halfLat, -MAX_LAT), Math.min(midLat + halfLat, MAX_LAT)];
  return { west, east, south, north };
}
