import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from '../test-helpers';

const kz = gazetteerOf(named('kz', 'Kazakhstan', { entityType: 'country' }), named('kz', 'Kazakh', { entityType: 'country' }));
const proposed = (text: string) =>
  tag(kz, text)
    .candidates.filter((c) => c.kind === 'titled-person')
    .map((c) => [c.surface, c.suggestedType]);

describe('candidates: titled people', () => {
  it('proposes the name after a title, without the title', () => {
    expect(
      proposed(
        'Rear Admiral Subhan Bakirov met Vice Admiral Ivan Petrov, General Bakhyt Kurmanbayev and Colonel Aliyev. Later, Minister Ruslan Zhaksylykov, President Ilham Aliyev and Ambassador Dan Smith spoke.',
      ),
    ).toEqual([
      ['Subhan Bakirov', 'person'],
      ['Ivan Petrov', 'person'],
      ['Bakhyt Kurmanbayev', 'person'],
      ['Aliyev', 'person'],
      ['Ruslan Zhaksylykov', 'person'],
      ['Ilham Aliyev', 'person'],
      ['Dan Smith', 'person'],
    ]);
  });

  it('handles two-word titles and a portfolio after "of"', () => {
    expect(
      proposed(
        'The Kazakh Defense Minister Ruslan Zhaksylykov met the Minister of Foreign Affairs Murat Nurtleu and the President of Kazakhstan Kassym-Jomart Tokayev.',
      ),
    ).toEqual([
      ['Ruslan Zhaksylykov', 'person'],
      ['Murat Nurtleu', 'person'],
      ['Kassym-Jomart Tokayev', 'person'],
    ]);
  });

  it('does not take an institution after a title for a person, nor a bare title for a name', () => {
    // "General Staff" names an institution only with its owner (issue 21: generic phrases alone are not proposed).
    const result = tag(kz, 'The Kazakh General Staff and the Prime Minister of Kazakhstan agreed.');
    expect(result.candidates.map((c) => [c.surface, c.kind, c.suggestedType, c.name])).toEqual([
      ['General Staff', 'proper-name', 'organization', 'General Staff of Kazakhstan'],
    ]);
  });
});
