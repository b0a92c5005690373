import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = '“Бірлестік (Unity) - 2024” exercises';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Бірлестік', 'Unity', '2024', 'exercises']);
  });

  it('marks a possessive on the word and leaves it out of the word', () => {
    const text = 'Kazakhstan’s army and Russia\'s navy';
    const [kazakhstan, , , russia] = tokenize(text);
    expect(kazakhstan).toMatchObject({ key: 'kazakhstan', possessive: true, end: 10, after: 12 });
    expect(russia).toMatchObject({ key: 'russia', possessive: true });
  });

  it('splits sentences, but not after initials or abbreviations', () => {
    const tokens = tokenize('Gen. Bakirov met J. Smith in the U.S. on Monday. The talks ended! Then? Yes');
    const sentenceOf = (key: string) => tokens.find((token) => token.key === key)?.sentence;
    expect(sentenceOf('monday')).toBe(0);
    expect(sentenceOf('talks')).toBe(1);
    expect(sentenceOf('then')).toBe(2);
    expect(sentenceOf('yes')).toBe(3);
  });

  it('marks short parenthetical groups so a match can step over them', () => {
    const tokens = tokenize('Бірлестік (Unity) - 2024');
    expect(tokens[1]?.skipTo).toBe(2);
    expect(tokenize('Azerbaijan (which, as analysts note, is cautious) said')[1]?.skipTo).toBe(-1);
  });

  it('flags two- and three-letter capital words as acronyms', () => {
    const [us, un, nato, lower] = tokenize('US UN NATO us');
    expect([us?.acronym, un?.acronym, nato?.acronym, lower?.acronym]).toEqual([true, true, false, false]);
  });
});
