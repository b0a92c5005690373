import { describe, expect, it } from 'vitest';
import { boundsBox, mapFrame, SEAS } from './frame';

const caspian = SEAS.find((s) => s.name === 'Caspian Sea')?.box;
const contains = (outer: { west: number; east: number; south: number; north: number }, inner: typeof outer) =>
  outer.west <= inner.west && outer.east >= inner.east && outer.south <= inner.south && outer.north >= inner.north;

describe('mapFrame', () => {
  it('shows the whole Caspian around a place on its shore', () => {
    const frame = mapFrame([{ lat: 43.65, lon: 51.17 }]);
    expect(caspian).toBeDefined();
    if (caspian) expect(contains(frame, caspian)).toBe(true);
  });

  it('frames a lone inland place at the minimum span, centred on it', () => {
    const frame = mapFrame([{ lat: 51.17, lon: 71.45 }], { minSpan: 14 });
    expect(frame.east - frame.west).toBeCloseTo(14);
    expect(frame.north - frame.south).toBeCloseTo(14 / 1.5);
    expect((frame.east + frame.west) / 2).toBeCloseTo(71.45);
  });

  it('shows a whole country with a margin for its neighbours', () => {
    const kazakhstan = { west: 46.6, east: 87.3, south: 40.6, north: 55.4 };
    const frame = mapFrame([{ lat: 48, lon: 67 }], { whole: [kazakhstan] });
    expect(contains(frame, kazakhstan)).toBe(true);
    expect(kazakhstan.west - frame.west).toBeCloseTo((87.3 - 46.6) * 0.15);
    expect(frame.north - kazakhstan.north).toBeCloseTo((55.4 - 40.6) * 0.15);
  });

  it('keeps the poles out and needs something to show', () => {
    expect(mapFrame([{ lat: 61.5, lon: 105 }], { whole: [{ west: 19.6, east: 180, south: 41.2, north: 81.9 }] }).north).toBe(78);
    expect(() => mapFrame([])).toThrow();
  });
});

describe('boundsBox', () => {
  it('keeps the wider side of a shape across the antimeridian', () => {
    expect(boundsBox([[19.6, 41.2], [-169.7, 81.9]])).toEqual({ west: 19.6, east: 180, south: 41.2, north: 81.9 });
    expect(boundsBox([[172.5, 19], [-67, 71.4]])).toEqual({ west: -180, east: -67, south: 19, north: 71.4 });
    expect(boundsBox([[44.8, 38.4], [50.4, 41.9]])).toEqual({ west: 44.8, east: 50.4, south: 38.4, north: 41.9 });
  });
});
