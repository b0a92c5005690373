import { describe, expect, it } from 'vitest';
import { regionalMap } from './world';

const coordinates = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('regionalMap', () => {
  it('draws the countries around a place, clipped to the frame, and marks the place', () => {
    const map = regionalMap([{ lat: 43.65, lon: 51.2, label: 'Aktau' }]);
    const names = map.shapes.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Azerbaijan', 'Turkmenistan', 'Iran']));
    for (const shape of map.shapes) {
      for (const [x, y] of coordinates(shape.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
    const [point] = map.points;
    expect(point?.x).toBeGreaterThan(0);
    expect(point?.x).toBeLessThan(map.width);
  });

  it('keeps outlines small: no point repeats the one before it', () => {
    const map = regionalMap([{ lat: 39.8, lon: -98.6, label: 'United States' }, { lat: 48, lon: 68, label: 'Kazakhstan' }]);
    const size = map.shapes.reduce((n, s) => n + s.d.length, 0);
    expect(size).toBeGreaterThan(1_000);
    expect(size).toBeLessThan(60_000);
    for (const shape of map.shapes) expect(shape.d).not.toMatch(/L(-?[\d.]+,-?[\d.]+)L\1(?![\d.])/);
  });

  it('finds a country that crosses the antimeridian', () => {
    const map = regionalMap([{ lat: 65, lon: 175, label: 'Anadyr' }]);
    expect(map.shapes.map((s) => s.name)).toContain('Russia');
  });
});
