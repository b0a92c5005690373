import { describe, expect, it } from 'vitest';
import { entityWeight, sharedNames, weightedEntities } from './related-weights';

describe('entityWeight', () => {
  it('weighs a rarer entity more', () => {
    expect(entityWeight(2, 100)).toBeCloseTo(Math.log(50));
    expect(entityWeight(2, 100)).toBeGreaterThan(entityWeight(10, 100));
  });

  it('gives nothing for an entity half the articles name, or for empty counts', () => {
    expect(entityWeight(50, 100)).toBe(0);
    expect(entityWeight(49, 100)).toBeCloseTo(Math.log(100 / 49));
    expect(entityWeight(0, 100)).toBe(0);
    expect(entityWeight(1, 0)).toBe(0);
  });
});

describe('weightedEntities', () => {
  it('drops the ubiquitous and orders the rest rarest first, then by name', () => {
    const entities = [
      { id: 'ru', name: 'Russia', articles: 9 },
      { id: 'kz', name: 'Kazakhstan', articles: 4 },
      { id: 'kh', name: 'Khazri-2023', articles: 2 },
      { id: 'az', name: 'Azerbaijan', articles: 4 },
    ];
    expect(weightedEntities(entities, 10).map((e) => e.id)).toEqual(['kh', 'az', 'kz']);
  });
});

describe('sharedNames', () => {
  it('names one, two, or two and how many more', () => {
    expect(sharedNames(['A'])).toBe('A');
    expect(sharedNames(['A', 'B'])).toBe('A and B');
    expect(sharedNames(['A', 'B', 'C', 'D'])).toBe('A, B and 2 more');
  });
});
