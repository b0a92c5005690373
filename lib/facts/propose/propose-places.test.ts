import { describe, expect, it } from 'vitest';
import { propose, roles } from './test-kb';

// Short paragraphs written for each place pattern (none copied from an article).
const shield = [{ surface: 'Caspian Shield-2026', type: 'exercise' as const }];
const held = (facts: ReturnType<typeof propose>) => facts.filter((f) => f.kind === 'held-in').map((f) => `${f.subject.name} @ ${f.object?.name}`);

describe('proposeFacts: where an exercise was held', () => {
  it('reads troops arriving in or heading to a place for the exercise', () => {
    expect(held(propose(['Units from Russia arrived in Kazakhstan to take part in Caspian Shield-2026.'], { candidates: shield }))).toEqual(['Caspian Shield-2026 @ Kazakhstan']);
    expect(held(propose(['Forces of the Caspian Shield-2026 drills are heading to Kyrgyzstan.'], { candidates: shield }))).toEqual(['Caspian Shield-2026 @ Kyrgyzstan']);
  });

  it('reads "drills in" a place, and a place owned by a country before it', () => {
    expect(held(propose(['Caspian Shield-2026 opened.', 'The troops started drills in Russia’s Orenburg region.'], { candidates: [...shield, { surface: 'Orenburg', type: 'place' }] }))).toEqual([
      'Caspian Shield-2026 @ Russia',
      'Caspian Shield-2026 @ Orenburg region',
    ]);
  });

  it('chains a second place after "and on"', () => {
    const candidates = [...shield, { surface: 'Lake Issyk Kul', type: 'place' as const }];
    expect(held(propose(['Caspian Shield-2026 will be held at the Edelweiss training center and on Lake Issyk Kul.'], { candidates }))).toEqual([
      'Caspian Shield-2026 @ Edelweiss training center',
      'Caspian Shield-2026 @ Lake Issyk Kul',
    ]);
  });

  it('takes a new name with training-area words as a place whatever the tagger guessed', () => {
    const candidates = [...shield, { surface: 'Iliskiy Training Center', type: 'organization' as const }];
    expect(held(propose(['Troops took part in Caspian Shield-2026 at the Iliskiy Training Center.'], { candidates }))).toEqual(['Caspian Shield-2026 @ Iliskiy Training Center']);
  });

  it('gives a place described before the exercise is named to the only exercise the article names', () => {
    const facts = propose(['Units began joint exercises at the Gvardeysky training ground in Kazakhstan.', 'The exercise, dubbed Caspian Shield-2026, includes units from Russia.'], { candidates: shield });
    expect(held(facts)).toEqual(['Caspian Shield-2026 @ Gvardeysky training ground', 'Caspian Shield-2026 @ Kazakhstan']);
  });

  it('does not when the article names two exercises', () => {
    const candidates = [...shield, { surface: 'Caspian Guard-2025', type: 'exercise' as const }];
    expect(held(propose(['Units began joint exercises at the Gvardeysky training ground.', 'Caspian Shield-2026 follows Caspian Guard-2025.'], { candidates }))).toEqual([]);
  });

  it('does not give the exercise at hand the places of earlier occasions', () => {
    expect(held(propose(['Caspian Shield-2026 opened in Baku.', 'The CSTO has previously held such exercises in Kyrgyzstan and Tajikistan.'], { candidates: shield }))).toEqual(['Caspian Shield-2026 @ Baku']);
  });

  it('does not read an organization owning the force named next as taking part', () => {
    expect(roles(propose(['Units from the CSTO’s Collective Rapid Reaction Force began Caspian Shield-2026.'], { candidates: [...shield, { surface: 'Collective Rapid Reaction Force', type: 'organization' }] }))).not.toContain(
      'Collective Security Treaty Organization participant Caspian Shield-2026',
    );
  });
});
