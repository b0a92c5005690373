import { describe, expect, it } from 'vitest';
import { computeComparison } from './compute';
import { placeOnCircle } from './layout';
import { country, exercise, shuffled } from './test-fixtures';

describe('placeOnCircle', () => {
  it('puts nodes on the circle round (0.5, 0.5) of radius 0.4, the first by slug at the top', () => {
    const nodes = placeOnCircle([country('russia'), country('armenia'), country('kazakhstan'), country('belarus')]);
    expect(nodes.map((n) => [n.slug, n.x, n.y])).toEqual([
      ['armenia', 0.5, 0.1],
      ['belarus', 0.9, 0.5],
      ['kazakhstan', 0.5, 0.9],
      ['russia', 0.1, 0.5],
    ]);
    for (const n of nodes) expect(Math.hypot(n.x - 0.5, n.y - 0.5)).toBeCloseTo(0.4, 3);
  });

  it('puts a lone node in the centre', () => {
    expect(placeOnCircle([country('russia')])).toMatchObject([{ x: 0.5, y: 0.5 }]);
  });
});

describe('computeComparison: layout', () => {
  const records = [
    exercise('a', '2009', ['kazakhstan', 'russia', 'kyrgyzstan', 'tajikistan', 'armenia', 'belarus']),
    exercise('b', '2012', ['kazakhstan', 'united-states', 'united-kingdom']),
    exercise('c', '2023', ['azerbaijan', 'kazakhstan']),
    exercise('d', '2024', ['uzbekistan', 'kazakhstan']),
  ];

  it('places each country at the same point whatever order the records and participants come in', () => {
    const expected = computeComparison(records, [], { countries: [] }).nodes;
    expect(expected).toHaveLength(10);
    for (const seed of [7, 8, 9]) {
      const reordered = shuffled(records, seed).map((r) => ({ ...r, participants: shuffled(r.participants, seed) }));
      expect(computeComparison(reordered, [], { countries: [] }).nodes).toEqual(expected);
    }
  });

  it('shares one layout between the eras, with exercises counted per era', () => {
    const nodes = computeComparison(records, [], { countries: [] }).nodes;
    expect(new Set(nodes.map((n) => `${n.x},${n.y}`)).size).toBe(nodes.length);
    expect(nodes.find((n) => n.slug === 'kazakhstan')?.exercises).toEqual({ CSTO_ERA: 2, POST_2022: 2 });
    expect(nodes.find((n) => n.slug === 'azerbaijan')?.exercises).toEqual({ CSTO_ERA: 0, POST_2022: 1 });
  });
});
