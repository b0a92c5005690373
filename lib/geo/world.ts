import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

type Country = Feature<Geometry, { name: string }> & { bounds: [[number, number], [number, number]] };

let cached: Country[] | undefined;

/** Natural Earth 1:50m country shapes (from the world-atlas package), each with its bounds. */
function countries(): Country[] {
  if (!cached) {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    cached = collection.features.map((f) => Object.assign(f, { bounds: geoBounds(f) }));
  }
  return cached;
}

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

export interface RegionalMap {
  width: number;
  height: number;
  shapes: { name: string; d: string }[];
  points: (MapPoint & { x: number; y: number })[];
}

/**
 * Projects the points and the countries around them to SVG coordinates on the server (Mercator,
 * fitted to the points with at least `minSpan` degrees around them), so the map needs no script
 * and nothing is fetched at run time.
 */
export function regionalMap(points: MapPoint[], { width = 320, height = 220, minSpan = 14 } = {}): RegionalMap {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const midLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) / 2 + 2, minSpan / 3);
  const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) / 2 + 3, minSpan / 2);
  const box = { west: midLon - halfLon, east: midLon + halfLon, south: midLat - halfLat, north: midLat + halfLat };
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[box.west, box.south], [box.east, box.north]] },
  };
  const projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], frame);
  // Tenths of a pixel are plenty on screen and in print, and keep each map's outlines small.
  const path = geoPath(projection).digits(1);
  const shapes = countries()
    .filter((c) => c.bounds[0][0] < box.east && c.bounds[1][0] > box.west && c.bounds[0][1] < box.north && c.bounds[1][1] > box.south)
    .map((c) => ({ name: c.properties.name, d: path(c) ?? '' }))
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
