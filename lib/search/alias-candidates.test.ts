import { describe, expect, it } from 'vitest';
import { cleanQuery, foldDashes, wholeQueryKey } from './alias-candidates';

describe('wholeQueryKey', () => {
  it('folds the whole query as entity names are folded', () => {
    expect(wholeQueryKey('Unity-2024')).toBe('unity 2024');
    expect(wholeQueryKey('Бірлестік')).toBe('бірлестік');
  });

  it('leaves out quotes, negated words and OR', () => {
    expect(wholeQueryKey('"Birlestik-2024" Aktau -Russia')).toBe('birlestik 2024 aktau');
    expect(wholeQueryKey('Baku OR Aktau')).toBe('baku aktau');
  });

  it('is empty for punctuation only', () => {
    expect(wholeQueryKey('"" - ;')).toBe('');
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
