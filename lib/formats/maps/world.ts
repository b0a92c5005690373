import { geoBounds, geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { boundsBox, mapFrame } from './frame';

type Country = Feature<Geometry, { name: string }> & { bounds: [[number, number], [number, number]] };
type Detail = '50m' | '110m';

const cached = new Map<Detail, Country[]>();

/**
 * Natural Earth country shapes (from the world-atlas package), each with its bounds: 1:50m for a
 * region, 1:110m for a map spanning continents, where the finer coastlines and islets would be
 * smaller than a pixel.
 */
function countries(detail: Detail): Country[] {
  let shapes = cached.get(detail);
  if (!shapes) {
    const topology = (detail === '50m' ? countries50m : countries110m) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    shapes = collection.features.map((f) => Object.assign(f, { bounds: geoBounds(f) }));
    cached.set(detail, shapes);
  }
  return shapes;
}

/** Longitudes [west, east] overlap the box's; a shape across the antimeridian has west > east. */
function overlapsLongitudes(bounds: Country['bounds'], box: { west: number; east: number }): boolean {
  const [west, east] = [bounds[0][0], bounds[1][0]];
  if (west <= east) return west < box.east && east > box.west;
  return west < box.east || east > box.west;
}

/**
 * The SVG path of a shape in tenths of a pixel, skipping each point closer than half a pixel to
 * the last one drawn: no one sees the difference, on screen or in print, and a 1:50m coastline
 * drawn a few hundred pixels wide keeps a few kilobytes instead of a hundred.
 */
function outline(projection: GeoProjection, shape: Feature): string {
  let d = '';
  let [lastX, lastY] = [0, 0];
  const at = (x: number, y: number) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  geoPath(projection, {
    beginPath() {},
    moveTo(x, y) {
      [lastX, lastY] = [x, y];
      d += `M${at(x, y)}`;
    },
    lineTo(x, y) {
      if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) return;
      [lastX, lastY] = [x, y];
      d += `L${at(x, y)}`;
    },
    closePath() {
      d += 'Z';
    },
    arc() {},
  })(shape);
  return d;
}

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

export interface RegionalMap {
  width: number;
  height: number;
  /** `contains`: the country a point lies in (a locator map shades it). */
  shapes: { name: string; d: string; contains: boolean }[];
  points: (MapPoint & { x: number; y: number })[];
}

/** The countries (1:50m) that some point lies in. */
function containing(points: MapPoint[]): Country[] {
  return countries('50m').filter((c) =>
    points.some((p) => {
      const box = boundsBox(c.bounds);
      return p.lon >= box.west && p.lon <= box.east && p.lat >= box.south && p.lat <= box.north && geoContains(c, [p.lon, p.lat]);
    }),
  );
}

/**
 * Projects the points and the countries around them to SVG coordinates on the server (Mercator),
 * so the map needs no script and nothing is fetched at run time. The frame (frame.ts) holds the
 * points, a sea they are on, and, with `wholeCountry`, all of the country a point lies in (a
 * country's locator map), with their surroundings.
 */
export function regionalMap(
  points: MapPoint[],
  { width = 320, height = 220, minSpan = 14, wholeCountry = false }: { width?: number; height?: number; minSpan?: number; wholeCountry?: boolean } = {},
): RegionalMap {
  const inside = containing(points);
  const box = mapFrame(points, { minSpan, whole: wholeCountry ? inside.map((c) => boundsBox(c.bounds)) : [] });
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[box.west, box.south], [box.east, box.north]] },
  };
  // Clipped to the frame: a country reaching far beyond it (Canada on a map of the United States)
  // adds only the part that shows.
  const projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], frame).clipExtent([[0, 0], [width, height]]);
  const names = new Set(inside.map((c) => c.properties.name));
  const shapes = countries(box.east - box.west > 60 ? '110m' : '50m')
    .filter((c) => overlapsLongitudes(c.bounds, box) && c.bounds[0][1] < box.north && c.bounds[1][1] > box.south)
    .map((c) => ({ name: c.properties.name, d: outline(projection, c), contains: names.has(c.properties.name) }))
    .filter((s) => s.d);
  return {
    width,
    height,
    shapes,
    points: points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      return { ...p, x, y };
    }),
  };
}
