import { describe, expect, it } from 'vitest';
import { neededOf, queryParts, relaxedQuery } from './clauses';

describe('queryParts', () => {
  it('splits words, phrases, negations and OR groups as websearch_to_tsquery ANDs them', () => {
    const parts = queryParts('zq0k exercises "rapid reaction" -Russia Baku OR Aktau', new Map([['zq0k', 'CSTO']]));
    expect(parts).toEqual([
      { text: 'zq0k', label: 'CSTO', required: false },
      { text: 'exercises', label: 'exercises', required: false },
      { text: '"rapid reaction"', label: '"rapid reaction"', required: true },
      { text: '-Russia', label: '-Russia', required: true },
      { text: 'Baku OR Aktau', label: 'Baku or Aktau', required: false },
    ]);
  });

  it('reads an unclosed quote to the end and a lone minus as a word', () => {
    expect(queryParts('"naval drills', new Map())).toEqual([{ text: '"naval drills', label: '"naval drills', required: true }]);
    expect(queryParts('a -', new Map()).map((p) => p.required)).toEqual([false, false]);
  });
});

describe('relaxedQuery', () => {
  const part = (tsquery: string, required = false) => ({ tsquery, required });

  it('asks for most of the parts, all but two at least, every required one always', () => {
    expect([2, 3, 4, 5, 6, 8].map(neededOf)).toEqual([1, 2, 2, 3, 4, 6]);
    const r = relaxedQuery([part("'a'"), part("'b'"), part("'c'"), part("!'x'", true)]);
    expect(r?.subsets).toEqual(["( ( 'a' ) & ( 'b' ) ) & ( !'x' )", "( ( 'a' ) & ( 'c' ) ) & ( !'x' )", "( ( 'b' ) & ( 'c' ) ) & ( !'x' )"]);
    expect(r?.most).toBe(`( ${r?.subsets.map((s) => `( ${s} )`).join(' | ')} )`);
    expect(r?.any).toBe("( ( 'a' ) | ( 'b' ) | ( 'c' ) ) & ( !'x' )");
    expect(r?.needed).toBe(2);
  });

  it('makes one subset per choice of the needed parts', () => {
    const r = relaxedQuery(['a', 'b', 'c', 'd', 'e'].map((x) => part(`'${x}'`)));
    expect(r?.needed).toBe(3);
    expect(r?.subsets).toHaveLength(10);
  });

  it('combines only the rarest parts of a long query: fewer subsets, a common word only scored', () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const r = relaxedQuery(words.map((x, i) => ({ tsquery: `'${x}'`, required: false, weight: x === 'b' || x === 'g' ? 0.1 : 1 + i })));
    expect(r?.needed).toBe(4);
    expect(r?.subsets).toHaveLength(15);
    for (const s of r?.subsets ?? []) expect(s).not.toMatch(/'b'|'g'/);
    expect(r?.any).toContain("'g'");
  });

  it('has nothing to relax with fewer than two parts that have words', () => {
    expect(relaxedQuery([part("'a'"), part(''), part("'b' <-> 'c'", true)])).toBeUndefined();
  });
});
