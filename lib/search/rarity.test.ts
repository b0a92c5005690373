import { describe, expect, it } from 'vitest';
import { estimateShare, rarityWeight, type LexemeStats } from './rarity';

const stats: LexemeStats = { freq: new Map([['drill', 0.6], ['exercis', 0.5], ['kazakhstan', 0.4], ['hold', 0.7], ['rapid', 0.02]]), floor: 0.001 };

describe('rarity of a query part across the corpus', () => {
  it('reads a listed lexeme, and an unlisted one as rarer than any listed', () => {
    expect(estimateShare("'drill'", stats)).toBeCloseTo(0.6);
    expect(estimateShare("'ochamchira'", stats)).toBeCloseTo(0.001);
  });

  it('adds the branches of an OR, up to all documents, and takes the rarest word of a phrase or an AND', () => {
    expect(estimateShare("( 'drill' | 'exercis' )", stats)).toBe(1);
    expect(estimateShare("'rapid' <-> 'reaction' <-> 'forc'", stats)).toBeCloseTo(0.001);
    expect(estimateShare("( ( 'kazakhstan' ) | ( 'rapid' <-> 'hold' ) )", stats)).toBeCloseTo(0.42);
    expect(estimateShare("'hold' & !'rapid'", stats)).toBeCloseTo(0.7);
  });

  it('weighs a name far above a word most documents have', () => {
    expect(rarityWeight("'ochamchira'", stats)).toBeGreaterThan(5 * rarityWeight("'hold'", stats));
    expect(rarityWeight("( 'drill' | 'exercis' )", stats)).toBeGreaterThan(0);
  });
});
