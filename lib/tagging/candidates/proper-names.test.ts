import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from '../test-helpers';

const gazetteer = gazetteerOf(
  named('kz', 'Kazakhstan', { entityType: 'country' }),
  named('kz', 'Kazakh', { entityType: 'country' }),
  named('csto', 'Collective Security Treaty Organization'),
);
const proposed = (...texts: string[]) =>
  tag(gazetteer, ...texts)
    .candidates.filter((c) => c.kind === 'proper-name')
    .map((c) => [c.surface, c.suggestedType]);

describe('candidates: capitalised multi-word names', () => {
  it('proposes runs of capitalised words, with joiners inside', () => {
    expect(
      proposed(
        'Goods move on the Trans-Caspian International Transport Route, as the Journal of Slavic Military Studies and the Center for Strategic and International Studies note.',
      ),
    ).toEqual([
      ['Trans-Caspian International Transport Route', 'organization'],
      ['Journal of Slavic Military Studies', 'organization'],
      ['Center for Strategic and International Studies', 'organization'],
    ]);
  });

  it('guesses the type from the head word', () => {
    expect(
      proposed(
        'Ships left the Caspian Sea for Cape Tokmak and the Tyub-Karagan Peninsula before the Astana Summit, the Naval Forces of Azerbaijan and the Karabakh War were discussed.',
      ),
    ).toEqual([
      ['Caspian Sea', 'place'],
      ['Cape Tokmak', 'place'],
      ['Tyub-Karagan Peninsula', 'place'],
      ['Astana Summit', 'event'],
      ['Naval Forces of Azerbaijan', 'organization'],
      ['Karabakh War', 'event'],
    ]);
  });

  it('never overlaps a known mention', () => {
    expect(proposed('The Kazakh Ministry of Defense and the Collective Security Treaty Organization met.')).toEqual([
      ['Ministry of Defense', 'organization'],
    ]);
  });

  it('never proposes a single word, nor a sentence-opening word as part of a name', () => {
    expect(proposed('Moscow objected. However Tehran agreed. The Caspian Region is calm. During Navy Day we met.')).toEqual([
      ['Caspian Region', 'place'],
      ['Navy Day', 'organization'],
    ]);
  });

  it('does not join two names with a bare "and", nor take an adjective for a name', () => {
    expect(proposed('Aktau and Baku host Central Asian leaders.')).toEqual([]);
  });

  it('deduplicates per surface within a paragraph, but not across paragraphs', () => {
    const result = tag(gazetteer, 'The Caspian Sea and the Caspian Sea again; the Caspian  Sea.', 'The Caspian Sea.');
    expect(result.candidates.map((c) => [c.paragraphId, c.surface])).toEqual([
      [0, 'Caspian Sea'],
      [1, 'Caspian Sea'],
    ]);
  });

  it('skips title-case headings', () => {
    expect(proposed('Ukrainian Fallout: Kazakhstan’s Economy Could Be Caught Between Russia and the U.S.')).toEqual([]);
    expect(proposed('Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023')).toEqual([]);
  });

  it('leaves dates and bare acronyms out', () => {
    expect(proposed('The drill ran in Baku October 2 - 8, at 5:44 PM EDT, near South Caucasus ports.')).toEqual([
      ['South Caucasus', 'place'],
    ]);
  });
});
