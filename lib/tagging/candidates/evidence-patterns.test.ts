import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from '../test-helpers';

// A small knowledge base: two countries (one with its demonym) and an organisation.
const kb = gazetteerOf(
  named('kz', 'Kazakhstan', { entityType: 'country' }),
  named('kz', 'Kazakh', { entityType: 'country' }),
  named('kg', 'Kyrgyzstan', { entityType: 'country' }),
  named('csto', 'Collective Security Treaty Organization'),
);
const proposed = (...texts: string[]) => tag(kb, ...texts).candidates.map((c) => [c.name, c.suggestedType]);
const reasons = (text: string, name: string) =>
  tag(kb, text)
    .candidates.find((c) => c.name === name)
    ?.evidence.map((e) => `${e.type}: ${e.reason}`);

describe('candidates: evidence a reader would use', () => {
  it('takes titles and roles before a name, capitalised or not, and a byline', () => {
    expect(proposed('Defence Minister Aibek Sarsenov met his Kyrgyz counterpart Bolot Osmonov.', 'By Dana Whitfield')).toEqual([
      ['Aibek Sarsenov', 'person'],
      ['Bolot Osmonov', 'person'],
      ['Dana Whitfield', 'person'],
    ]);
    expect(reasons('Defence Minister Aibek Sarsenov spoke.', 'Aibek Sarsenov')).toEqual(['person: after the title “Defence Minister”']);
  });

  it('takes cue words after a name: a kind of place, an agency, an exercise, a speech verb', () => {
    expect(proposed('Troops trained near the Kumbel training ground and in Tarbagatai province, the Zharkyn news agency said; the Steppe Shield drills ended.')).toEqual([
      ['Kumbel', 'place'],
      ['Tarbagatai', 'place'],
      ['Zharkyn', 'organization'],
      ['Steppe Shield', 'exercise'],
    ]);
  });

  it('reads appositions: a person with a role, a place with its kind', () => {
    expect(proposed('Erlan Temirov, the head of the border guards, visited a Kyrgyz enclave, Sarykol, on Friday.')).toEqual([
      ['Erlan Temirov', 'person'],
      ['Sarykol', 'place'],
    ]);
  });

  it('proposes a single word only on evidence: not at the start of a sentence without a list, never a common word', () => {
    expect(proposed('Sarykol is quiet. Officials flew to Sarykol. Monday was calm. The Western response came.')).toEqual([['Sarykol', 'place']]);
  });

  it('reads a dateline in capitals, and a news agency in brackets after it', () => {
    expect(proposed('ROSTOV-ON-DON, April 25 (Reuters) - Ships left port.')).toEqual([
      ['Rostov-on-Don', 'place'],
      ['Reuters', 'organization'],
    ]);
    expect(reasons('TOKMOK. July 29 - Guards met.', 'Tokmok')).toEqual(['place: a dateline in capitals', 'place: a city in the world gazetteer']);
  });

  it('proposes an exercise named in quotation marks or after a naming verb', () => {
    expect(proposed('The navies held drills under the banner “Safe Caspian Waters” and the exercise, dubbed Kokzhal, ended.')).toEqual([
      ['Safe Caspian Waters', 'exercise'],
      ['Kokzhal', 'exercise'],
    ]);
  });

  it('uses the world gazetteer for countries and cities, and lists of news agencies and armed groups', () => {
    expect(proposed('Envoys from Mongolia met in Samarkand; Interfax said the Taliban objected.')).toEqual([
      ['Mongolia', 'country'],
      ['Samarkand', 'place'],
      ['Interfax', 'organization'],
      ['Taliban', 'organization'],
    ]);
  });

  it('gives an abbreviation in brackets the type of the name it abbreviates', () => {
    expect(proposed('The Organization of Turkic States (OTS) met.')).toEqual([
      ['Organization of Turkic States', 'organization'],
      ['OTS', 'organization'],
    ]);
  });
});

describe('candidates: generic phrases', () => {
  it('resolves a generic institution to its owner when the text says whose it is', () => {
    expect(proposed("Kazakhstan's Ministry of Defense, the Azerbaijani Defence Ministry and the Kazakh General Staff agreed.")).toEqual([
      ['Ministry of Defense of Kazakhstan', 'organization'],
      ['Ministry of Defence of Azerbaijan', 'organization'],
      ['General Staff of Kazakhstan', 'organization'],
    ]);
  });

  it('keeps an institution whose name ends with its country, and drops one nobody owns', () => {
    expect(proposed('The State Committee for National Security of Kyrgyzstan spoke. The Air Force and the Border Service flew.')).toEqual([
      ['State Committee for National Security of Kyrgyzstan', 'organization'],
    ]);
  });

  it('drops titles that name no one, and roles of an institution name the institution', () => {
    expect(proposed('The Secretary General and the National Security Committee Chairman met the Foreign Ministers of the Gulf Cooperation Council.')).toEqual([
      ['Gulf Cooperation Council', 'organization'],
    ]);
  });
});

describe('candidates: things the portal does not model', () => {
  it('does not propose ships, aircraft or weapons, even when they are named after cities', () => {
    expect(proposed('The drills involve the missile ships Tatarstan and Dagestan, the small artillery ships Astrakhan and Makhachkala, and Buyan-M corvettes.')).toEqual([]);
    expect(proposed('The anti-sabotage boat Grachyonok sailed from Makhachkala.')).toEqual([['Makhachkala', 'place']]);
  });

  it('types treaties as events, never as people or places', () => {
    expect(proposed('They signed the Aktau Convention and the Caspian Treaty.')).toEqual([
      ['Aktau Convention', 'event'],
      ['Caspian Treaty', 'event'],
    ]);
  });

  it('does not cut names short or run them long: days, months and joined names stay out', () => {
    expect(proposed('Talks with the Taliban Tuesday ended; on the Batken-Isfana road, James N. Mattis spoke.')).toEqual([
      ['Taliban', 'organization'],
      ['James N. Mattis', 'person'],
    ]);
  });
});

describe('candidates: the most evidence wins, over the whole article', () => {
  it('pools evidence across sightings and folds a lone surname into its person', () => {
    const result = tag(kb, 'The talks with Nurlan Abenov went on.', 'Secretary General Nurlan Abenov left.', 'Abenov said later that the talks in Sarykol went well.');
    expect(result.candidates.map((c) => [c.paragraphId, c.name, c.suggestedType])).toEqual([
      [0, 'Nurlan Abenov', 'person'],
      [1, 'Nurlan Abenov', 'person'],
      [2, 'Sarykol', 'place'],
    ]);
    expect(result.candidates[0]?.evidence.map((e) => e.reason)).toContain('after the title “Secretary General”');
  });
});
