import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from './normalize-for-match';

describe('normalizeForMatch', () => {
  it('folds case and strips diacritics', () => {
    expect(normalizeForMatch('Türkiye')).toBe(normalizeForMatch('Turkiye'));
    expect(normalizeForMatch('İstanbul Łódź Ilıcak')).toBe('istanbul lodz ilicak');
  });

  it('ignores hyphens, dashes, spacing and punctuation between words', () => {
    const forms = ['Birlestik-2024', 'Birlestik 2024', 'Birlestik – 2024', 'BIRLESTIK-2024', '“Birlestik  2024”', 'Birlestik2024'];
    for (const form of forms) expect(normalizeForMatch(form)).toBe('birlestik 2024');
  });

  it('keeps Cyrillic as Cyrillic, case-folded', () => {
    expect(normalizeForMatch('Бірлестік (Unity) - 2024')).toBe('бірлестік unity 2024');
    expect(normalizeForMatch('БІРЛЕСТІК')).toBe('бірлестік');
  });

  it('drops a possessive and joins initialisms', () => {
    expect(normalizeForMatch('Kazakhstan’s')).toBe('kazakhstan');
    expect(normalizeForMatch("Russia's")).toBe('russia');
    expect(normalizeForMatch('the U.S. Navy')).toBe('the us navy');
  });

  it('treats Uzbek and Azerbaijani apostrophe letters like apostrophes', () => {
    expect(normalizeForMatch('Oʻzbekiston')).toBe(normalizeForMatch("O'zbekiston"));
  });
});
