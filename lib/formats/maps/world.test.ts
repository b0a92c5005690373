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

describe('regionalMap framing', () => {
  it('draws a country’s locator map whole, with its neighbours, and marks the country', () => {
    const map = regionalMap([{ lat: 48, lon: 67, label: 'Kazakhstan' }], { wholeCountry: true });
    const names = map.shapes.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'China', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Azerbaijan']));
    expect(map.shapes.filter((s) => s.contains).map((s) => s.name)).toEqual(['Kazakhstan']);
    const kazakhstan = map.shapes.find((s) => s.name === 'Kazakhstan');
    const xs = coordinates(kazakhstan?.d ?? '').map(([x]) => x);
    // Not clipped: the country's outline stays off the frame's edges.
    expect(Math.min(...xs)).toBeGreaterThan(8);
    expect(Math.max(...xs)).toBeLessThan(map.width - 8);
  });

  it('draws the Caspian’s far shores on a map of Aktau', () => {
    const map = regionalMap([{ lat: 43.65, lon: 51.17, label: 'Aktau' }]);
    expect(map.shapes.map((s) => s.name)).toEqual(expect.arrayContaining(['Iran', 'Azerbaijan', 'Russia', 'Turkmenistan']));
  });
});
