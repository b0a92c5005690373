import { describe, expect, it } from 'vitest';
import { aliasCandidates, cleanQuery, foldDashes } from './alias-candidates';

describe('aliasCandidates', () => {
  it('folds the whole query as entity names are folded', () => {
    expect(aliasCandidates('Unity-2024')).toEqual(['unity 2024']);
    expect(aliasCandidates('Бірлестік')).toEqual(['бірлестік']);
  });

  it('adds quoted phrases and leaves out negated words and OR', () => {
    expect(aliasCandidates('"Birlestik-2024" Aktau -Russia')).toEqual(['birlestik 2024 aktau', 'birlestik 2024']);
    expect(aliasCandidates('Baku OR Aktau')).toEqual(['baku aktau']);
  });

  it('has nothing for punctuation only', () => {
    expect(aliasCandidates('"" - ;')).toEqual([]);
  });
});

describe('cleanQuery', () => {
  it('cuts long queries with a flag', () => {
    const { q, truncated } = cleanQuery('x'.repeat(2000), 200);
    expect(q).toHaveLength(200);
    expect(truncated).toBe(true);
  });

  it('removes NUL and control characters', () => {
    expect(cleanQuery('Baku\u0000\u0001 port', 200)).toEqual({ q: 'Baku port', truncated: false });
  });
});

describe('foldDashes', () => {
  it('splits dashed words and keeps a leading minus', () => {
    expect(foldDashes('Unity-2024 -Turkey "Khazri–2023"')).toBe('Unity 2024 -Turkey "Khazri 2023"');
  });
});
