import { describe, expect, it } from 'vitest';
import { MAX_NAME_WORDS, nameKeys, nameRuns } from './query-words';

const runKeys = (q: string) => nameRuns(q).map((run) => run.map((t) => t.key).join(' '));

describe('nameRuns', () => {
  it('keeps plain words together, folded as names are', () => {
    expect(runKeys('Türkiye naval drills')).toEqual(['turkiye naval drills']);
    expect(runKeys('Unity-2024')).toEqual(['unity 2024']);
  });

  it('splits at OR, quotes and negated words', () => {
    expect(runKeys('"Бірлестік" OR Khazri')).toEqual(['бірлестік', 'khazri']);
    expect(runKeys('Unity-2024 -Kazakhstan drills')).toEqual(['unity 2024', 'kazakhstan', 'drills']);
    expect(runKeys('joint "Republic of Türkiye drills" exercises')).toEqual(['joint', 'republic of turkiye drills', 'exercises']);
    expect(runKeys('Baku or Aktau orchestrated')).toEqual(['baku', 'aktau orchestrated']);
  });

  it('reads an unclosed quote to the end, as websearch_to_tsquery does', () => {
    expect(runKeys('drills "Ochamchira district')).toEqual(['drills', 'ochamchira district']);
  });

  it('negates a whole dashed word, and a phrase after a minus', () => {
    expect(runKeys('-Unity-2024 Aktau')).toEqual(['unity 2024', 'aktau']);
    expect(runKeys('Aktau -"Caspian Sea" port')).toEqual(['aktau', 'caspian sea', 'port']);
  });

  it('has no runs for operators and punctuation only', () => {
    expect(nameRuns('"" - OR ; !!! ) (')).toEqual([]);
  });

  it('keeps offsets into the query', () => {
    const [run] = nameRuns('  -Türkiye’s drills');
    expect(run?.map((t) => [t.start, t.after])).toEqual([[3, 12]]);
  });
});

describe('nameKeys', () => {
  it('lists every sequence of consecutive words within a run', () => {
    expect(nameKeys(nameRuns('Republic of Türkiye OR Baku')).sort()).toEqual(
      ['baku', 'of', 'of turkiye', 'republic', 'republic of', 'republic of turkiye', 'turkiye'].sort(),
    );
  });

  it('bounds the sequences by the longest name', () => {
    const keys = nameKeys(nameRuns('a b c d e f g h i j k l m n o p'));
    expect(Math.max(...keys.map((k) => k.split(' ').length))).toBe(MAX_NAME_WORDS);
  });
});
