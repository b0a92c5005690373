import { describe, expect, it } from 'vitest';
import { foldForQuote, parseParagraphCitation, quoteOccursIn, wordCount } from './support-rules';

describe('parseParagraphCitation', () => {
  it('reads what the picker inserts and the bare form', () => {
    expect(parseParagraphCitation('[^khazri-2023#p-4]')).toEqual({ articleSlug: 'khazri-2023', position: 4 });
    expect(parseParagraphCitation(' khazri-2023#p-12 ')).toEqual({ articleSlug: 'khazri-2023', position: 12 });
  });
  it('refuses anything else', () => {
    expect(parseParagraphCitation('khazri-2023')).toBeNull();
    expect(parseParagraphCitation('[^Khazri#p-1]')).toBeNull();
    expect(parseParagraphCitation('a#p-x')).toBeNull();
  });
});

describe('quoteOccursIn', () => {
  const paragraph = 'Troops from Kazakhstan and Azerbaijan took part in “Khazri-2023”  near Aktau.';
  it('accepts the words as written, whatever the quote marks, spacing and case', () => {
    expect(quoteOccursIn('troops from Kazakhstan and Azerbaijan', paragraph)).toBe(true);
    expect(quoteOccursIn('"Khazri-2023" near aktau', paragraph)).toBe(true);
  });
  it('refuses words the paragraph does not contain, and an empty quote', () => {
    expect(quoteOccursIn('troops from Russia', paragraph)).toBe(false);
    expect(quoteOccursIn('   ', paragraph)).toBe(false);
  });
  it('folds dashes and typographic apostrophes', () => {
    expect(foldForQuote('Peace Mission–2010’s')).toBe("peace mission-2010's");
  });
});

describe('wordCount', () => {
  it('counts words separated by any spacing', () => {
    expect(wordCount('  one two\n three ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
