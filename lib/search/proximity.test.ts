import { describe, expect, it } from 'vitest';
import { NEAR_POSITIONS, nearPairs } from './proximity';

describe('nearPairs', () => {
  it('pairs each part with the next one that has words, keeping their indexes', () => {
    const pairs = nearPairs(["'defens' <-> 'ministri'", '', "'kazakhstan'", "'exercis' | 'drill'"]);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('accepts the two in either order at every distance up to NEAR_POSITIONS', () => {
    const [pair] = nearPairs(["'ministri'", "'defens'"]);
    for (let d = 1; d <= NEAR_POSITIONS; d++) {
      expect(pair?.tsquery).toContain(`( 'ministri' ) <${d}> ( 'defens' )`);
      expect(pair?.tsquery).toContain(`( 'defens' ) <${d}> ( 'ministri' )`);
    }
    expect(pair?.tsquery).not.toContain(`<${NEAR_POSITIONS + 1}>`);
  });

  it('has no pair for fewer than two parts with words', () => {
    expect(nearPairs(["'ochamchira'", ''])).toEqual([]);
    expect(nearPairs([])).toEqual([]);
  });
});
