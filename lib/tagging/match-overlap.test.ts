import { describe, expect, it } from 'vitest';
import { found, gazetteerOf, named, tag } from './test-helpers';

describe('tagArticle: longest match and whole words', () => {
  it('prefers the longest name and emits no overlapping mentions', () => {
    const gazetteer = gazetteerOf(
      named('csto', 'Collective Security Treaty Organization'),
      named('security', 'Security'),
      named('kz', 'Kazakh', { entityType: 'country' }),
      named('kz-mod', 'Kazakh Ministry of Defense'),
      named('az', 'Azerbaijan', { entityType: 'country' }),
      named('az-navy', 'Azerbaijan Naval Forces'),
    );
    const text =
      'The Collective Security Treaty Organization, the Kazakh Ministry of Defense and the Azerbaijan Naval Forces met; Kazakh and Azerbaijan officials discussed security.';
    expect(found(tag(gazetteer, text))).toEqual([
      ['Collective Security Treaty Organization', 'csto'],
      ['Kazakh Ministry of Defense', 'kz-mod'],
      ['Azerbaijan Naval Forces', 'az-navy'],
      ['Kazakh', 'kz'],
      ['Azerbaijan', 'az'],
      ['security', 'security'],
    ]);
  });

  it('lets the longer of two overlapping names win even when it starts later', () => {
    const gazetteer = gazetteerOf(named('a', 'Caspian Sea'), named('b', 'Sea Breeze Exercise Group'));
    expect(found(tag(gazetteer, 'the Caspian Sea Breeze Exercise Group'))).toEqual([['Sea Breeze Exercise Group', 'b']]);
  });

  it('matches whole words only', () => {
    const gazetteer = gazetteerOf(named('kz', 'Kazakh'), named('tr', 'Turk'));
    expect(found(tag(gazetteer, 'Kazakhstan and Turkey, Kazakhs and Turkmen'))).toEqual([]);
    expect(found(tag(gazetteer, 'a Kazakh-Turk meeting'))).toEqual([
      ['Kazakh', 'kz'],
      ['Turk', 'tr'],
    ]);
  });

  it('returns mentions sorted by paragraph then offset, the same on every run', () => {
    const gazetteer = gazetteerOf(named('kz', 'Kazakhstan'), named('ru', 'Russia'), named('az', 'Azerbaijan'));
    const texts = ['Russia, Kazakhstan and Azerbaijan.', 'Azerbaijan then Russia.'];
    const first = tag(gazetteer, ...texts);
    expect(first.mentions.map((mention) => [mention.paragraphId, mention.start])).toEqual([
      [0, 0],
      [0, 8],
      [0, 23],
      [1, 0],
      [1, 16],
    ]);
    expect(tag(gazetteer, ...texts)).toEqual(first);
  });
});
