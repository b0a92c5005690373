import { describe, expect, it } from 'vitest';
import { found, gazetteerOf, named, tag } from './test-helpers';

describe('tagArticle: forms of a name', () => {
  it('matches across case and diacritics', () => {
    const gazetteer = gazetteerOf(named('tr', 'Türkiye', { entityType: 'country' }));
    expect(found(tag(gazetteer, 'Drills with Turkiye and TÜRKIYE, then türkiye.'))).toEqual([
      ['Turkiye', 'tr'],
      ['TÜRKIYE', 'tr'],
      ['türkiye', 'tr'],
    ]);
  });

  it('matches across hyphens, dashes and spacing, with offsets into the original text', () => {
    const gazetteer = gazetteerOf(named('unity', 'Birlestik-2024', { entityType: 'exercise' }));
    const text = 'Birlestik 2024 follows Birlestik – 2024, BIRLESTIK-2024 and “Birlestik-2024”.';
    const result = tag(gazetteer, text);
    expect(found(result)).toEqual([
      ['Birlestik 2024', 'unity'],
      ['Birlestik – 2024', 'unity'],
      ['BIRLESTIK-2024', 'unity'],
      ['Birlestik-2024', 'unity'],
    ]);
    for (const mention of result.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
  });

  it('matches a Cyrillic name with a parenthesis, and the same name without it', () => {
    const gazetteer = gazetteerOf(named('unity', 'Бірлестік (Unity) - 2024', { entityType: 'exercise' }));
    expect(found(tag(gazetteer, 'hold “Бірлестік (Unity) - 2024” exercises', 'and Бірлестік-2024 too')).map(([s]) => s)).toEqual([
      'Бірлестік (Unity) - 2024',
      'Бірлестік-2024',
    ]);
  });

  it('steps over a parenthesis in the text to match a shorter gazetteer name', () => {
    const gazetteer = gazetteerOf(named('unity', 'Бірлестік 2024', { entityType: 'exercise' }));
    expect(found(tag(gazetteer, 'the “Бірлестік (Unity) - 2024” exercises'))).toEqual([['Бірлестік (Unity) - 2024', 'unity']]);
  });

  it('leaves a possessive out of the surface', () => {
    const gazetteer = gazetteerOf(named('kz', 'Kazakhstan'), named('ru', 'Russia'));
    const text = "Kazakhstan's army, Kazakhstan’s navy and Russia’s fleet";
    const result = tag(gazetteer, text);
    expect(found(result)).toEqual([
      ['Kazakhstan', 'kz'],
      ['Kazakhstan', 'kz'],
      ['Russia', 'ru'],
    ]);
    expect(result.mentions.map((mention) => mention.start)).toEqual([0, 19, 41]);
  });

  it('keeps an inner possessive that is part of the name', () => {
    const gazetteer = gazetteerOf(named('pla', "People's Liberation Army"), named('kz', 'Kazakhstan Ministry'));
    expect(found(tag(gazetteer, 'The People’s Liberation Army met Kazakhstan’s Ministry officials.'))).toEqual([
      ['People’s Liberation Army', 'pla'],
    ]);
  });

  it('does not let a short capital acronym match the common word', () => {
    const gazetteer = gazetteerOf(named('us', 'US', { entityType: 'country' }), named('us', 'U.S.', { entityType: 'country' }));
    expect(found(tag(gazetteer, 'Let us see what the US and the U.S. Navy do.'))).toEqual([
      ['US', 'us'],
      ['U.S.', 'us'],
    ]);
  });

  it('matches a name only within one sentence', () => {
    const gazetteer = gazetteerOf(named('cs', 'Caspian Sea', { entityType: 'place' }));
    expect(found(tag(gazetteer, 'They sailed the Caspian. Sea trials follow.'))).toEqual([]);
  });
});
