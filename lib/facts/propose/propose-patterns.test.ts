import { describe, expect, it } from 'vitest';
import { propose, roles } from './test-kb';

// Short paragraphs written for each pattern the proposer reads (none copied from an article).
const shield = [{ surface: 'Caspian Shield-2026', type: 'exercise' as const }];
const held = (facts: ReturnType<typeof propose>) => facts.filter((f) => f.kind === 'held-in').map((f) => `${f.subject.name} @ ${f.object?.name}`);
const dated = (facts: ReturnType<typeof propose>) => facts.filter((f) => f.kind === 'dated').map((f) => `${f.subject.name} ${f.from}`);

describe('proposeFacts: editions of a series', () => {
  it('reads a series named with a year as that edition, and links it to the series', () => {
    const facts = propose(['Steppe Eagle-2017 was held in Kazakhstan with troops from Tajikistan.']);
    expect(roles(facts)).toEqual(['Tajikistan participant Steppe Eagle-2017']);
    expect(held(facts)).toEqual(['Steppe Eagle-2017 @ Kazakhstan']);
    expect(facts.find((f) => f.kind === 'part-of-series')?.object?.key).toBe('steppe-eagle');
  });

  it('states no participant, place or date of a series itself', () => {
    expect(propose(['Steppe Eagle exercises have been held in Kazakhstan with troops from Tajikistan since 2003.'])).toEqual([]);
  });

  it('reads a series with a dated start as the edition of that year', () => {
    const facts = propose(['The annual Steppe Eagle exercise, cosponsored by the United States and Kazakhstan, began on August 10.'], { published: '2013-08-15' });
    expect(roles(facts)).toEqual(['United States organizer Steppe Eagle 2013', 'Kazakhstan organizer Steppe Eagle 2013']);
    expect(facts.find((f) => f.kind === 'dated')).toMatchObject({ subject: { name: 'Steppe Eagle 2013', key: null }, from: '2013-08-10' });
  });
});

describe('proposeFacts: sentences that continue an exercise', () => {
  it('carries the exercise into the next paragraph when it speaks of taking part', () => {
    const facts = propose(['Caspian Shield-2026 opened in Baku.', 'Troops from Kazakhstan and Russia are taking part.'], { candidates: shield });
    expect(roles(facts)).toEqual(['Kazakhstan participant Caspian Shield-2026', 'Russia participant Caspian Shield-2026']);
  });

  it('carries the name, not its gloss in brackets', () => {
    const candidates = [...shield, { surface: 'Caspian Guard-2026', type: 'exercise' as const }];
    expect(roles(propose(['Troops arrived for “Caspian Shield-2026” (Caspian Guard-2026).', 'Units from Kazakhstan are taking part.'], { candidates }))).toEqual([
      'Kazakhstan participant Caspian Shield-2026',
    ]);
  });

  it('carries it into "It began on …" and reads the date', () => {
    expect(dated(propose(['Caspian Shield-2026 is underway in Baku.', 'It began on 3 March.'], { candidates: shield }))).toEqual(['Caspian Shield-2026 2024-03-03']);
  });
});

describe('proposeFacts: lists of participants', () => {
  it('reads the countries after "N member states, including", not the organization', () => {
    const facts = propose(['Caspian Shield-2026 opened. The participants are from five SCO member states, including China, Russia and Kazakhstan.'], { candidates: shield });
    expect(roles(facts)).toEqual(['China participant Caspian Shield-2026', 'Russia participant Caspian Shield-2026', 'Kazakhstan participant Caspian Shield-2026']);
  });

  it('reads "hailing from" and "involves … personnel from N countries –"', () => {
    expect(roles(propose(['Soldiers in Caspian Shield-2026, hailing from Kazakhstan and Tajikistan, trained together.'], { candidates: shield }))).toEqual([
      'Kazakhstan participant Caspian Shield-2026',
      'Tajikistan participant Caspian Shield-2026',
    ]);
    expect(roles(propose(['Caspian Shield-2026 involves around 1,200 military personnel from three countries – Kazakhstan, Russia and China.'], { candidates: shield }))).toEqual([
      'Kazakhstan participant Caspian Shield-2026',
      'Russia participant Caspian Shield-2026',
      'China participant Caspian Shield-2026',
    ]);
  });

  it('ends a list at its "and": a name after a further comma is something else', () => {
    const candidates = [...shield, { surface: 'Kabar', type: 'organization' as const }];
    expect(roles(propose(['Caspian Shield-2026 will be attended by troops of China, Tajikistan and Russia, Kabar informed.'], { candidates }))).toEqual([
      'China participant Caspian Shield-2026',
      'Tajikistan participant Caspian Shield-2026',
      'Russia participant Caspian Shield-2026',
    ]);
  });

  it('joins no names separated by bare whitespace', () => {
    const candidates = [...shield, { surface: 'KAZINFORM', type: 'organization' as const }];
    expect(roles(propose(['BISHKEK. KAZINFORM Kyrgyzstan will host Caspian Shield-2026.'], { candidates }))).toEqual(['Kyrgyzstan host Caspian Shield-2026']);
  });

  it('reads "troops of the CSTO (…) from A, B and C" as the countries', () => {
    expect(roles(propose(['The troops of the CSTO (Collective Forces) from Kazakhstan, Russia and Tajikistan moved to Caspian Shield-2026.'], { candidates: shield }))).toEqual([
      'Kazakhstan participant Caspian Shield-2026',
      'Russia participant Caspian Shield-2026',
      'Tajikistan participant Caspian Shield-2026',
    ]);
  });

  it('keeps the first country of "the armed forces of A, B and C" with the others', () => {
    expect(roles(propose(['Caspian Shield-2026 will involve the armed forces of Kazakhstan, Kyrgyzstan and Russia.'], { candidates: shield }))).toEqual([
      'Kazakhstan participant Caspian Shield-2026',
      'Kyrgyzstan participant Caspian Shield-2026',
      'Russia participant Caspian Shield-2026',
    ]);
  });

  it('does not read the host country of "exercises in A as observers" as the observer', () => {
    expect(roles(propose(['Officers will attend Caspian Shield-2026 in Kazakhstan as observers.'], { candidates: shield }))).toEqual([]);
  });
});

describe('proposeFacts: organizers and refusals', () => {
  it('reads an organization whose exercise it is as its organizer', () => {
    expect(roles(propose(['Forces from the CSTO’s Caspian Shield-2026 drills are on their way.'], { candidates: shield }))).toEqual([
      'Collective Security Treaty Organization organizer Caspian Shield-2026',
    ]);
    expect(roles(propose(['Caspian Shield-2026 is one of the exercises of the CSTO.'], { candidates: shield }))).toEqual(['Collective Security Treaty Organization organizer Caspian Shield-2026']);
    expect(roles(propose(['The CSTO is going to hold the Caspian Shield-2026 exercise.'], { candidates: shield }))).toEqual(['Collective Security Treaty Organization organizer Caspian Shield-2026']);
  });

  it('does not read an organization before "member states" as taking part', () => {
    expect(roles(propose(['Caspian Shield-2026 gathered delegations from the SCO member-states.'], { candidates: shield }))).toEqual([]);
  });

  it('does not read joining an organization as taking part', () => {
    expect(roles(propose(['Caspian Shield-2026 grew after Kazakhstan joined the SCO.'], { candidates: shield }))).toEqual([]);
  });

  it('reads "not to participate" as stayed away', () => {
    expect(roles(propose(['Tajikistan not to participate in Caspian Shield-2026'], { candidates: shield }))).toEqual(['Tajikistan stayed-away Caspian Shield-2026']);
  });
});

describe('proposeFacts: places and dates', () => {
  it('reads a named training area in a sentence about the exercise, whatever the verb', () => {
    expect(held(propose(['Troops took part in Caspian Shield-2026 on 5 May at the Gvardeysky training center in Kazakhstan.'], { candidates: shield }))).toEqual([
      'Caspian Shield-2026 @ Gvardeysky training center',
      'Caspian Shield-2026 @ Kazakhstan',
    ]);
  });

  it('reads a place right after the exercise name', () => {
    expect(held(propose(['The CSTO will hold the Caspian Shield-2026 exercise in Kazakhstan and Kyrgyzstan.'], { candidates: shield }))).toEqual([
      'Caspian Shield-2026 @ Kazakhstan',
      'Caspian Shield-2026 @ Kyrgyzstan',
    ]);
  });

  it('does not date the exercise by a dateline, its end or a later stage', () => {
    expect(dated(propose(['BAKU, May 3 -- Caspian Shield-2026 opened.'], { candidates: shield }))).toEqual([]);
    expect(dated(propose(['Caspian Shield-2026, which ends on July 18, is large.'], { candidates: shield }))).toEqual([]);
    expect(dated(propose(['The active phase of Caspian Shield-2026 kicked off on October 17.'], { candidates: shield }))).toEqual([]);
  });
});
