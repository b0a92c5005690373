import { describe, expect, it } from 'vitest';
import { nameRuns } from './query-words';
import { singular, spellingVariants, termMatches } from './vocabulary';

const terms = (q: string, taken: (start: number) => boolean = () => false) =>
  termMatches(q, nameRuns(q), (t) => taken(t.start)).map((m) => [q.slice(m.start, m.end), m.variants]);

describe('spellingVariants', () => {
  it('meets British and American spellings both ways', () => {
    expect(spellingVariants('defence')).toEqual(['defense']);
    expect(spellingVariants('Defense')).toEqual(['defence']);
    expect(spellingVariants('organisation')).toContain('organization');
    expect(spellingVariants('organizations')).toContain('organisations');
    expect(spellingVariants('armoured')).toContain('armored');
    expect(spellingVariants('armored')).toContain('armoured');
    expect(spellingVariants('centre')).toContain('center');
    expect(spellingVariants('travelled')).toContain('traveled');
    expect(spellingVariants('analyse')).toContain('analyze');
  });

  it('leaves short words, names in other scripts and words without a variant alone', () => {
    expect(spellingVariants('tour')).toEqual([]);
    expect(spellingVariants('Қазақстан')).toEqual([]);
    expect(spellingVariants('naval')).toEqual([]);
  });
});

describe('termMatches', () => {
  it('finds a term in any of its forms and plurals, with the others as variants', () => {
    expect(terms('joint drills')).toEqual([
      ['drills', ['exercise', 'manoeuvre', 'maneuver', 'war game', 'wargame', 'military exercise', 'учения', 'учение', 'маневры', 'манёвры']],
    ]);
    expect(terms('ОДКБ учения')).toEqual([['учения', ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war game', 'wargame', 'military exercise', 'учение', 'маневры', 'манёвры']]]);
    expect(terms('war games in Asia')[0]?.[0]).toBe('war games');
    expect(terms('Kazakh defence ministry')).toEqual([
      ['defence ministry', ['defense ministry', 'ministry of defence', 'ministry of defense', 'MoD', 'министерство обороны', 'минобороны']],
    ]);
    expect(terms('ministries of defense')[0]?.[0]).toBe('ministries of defense');
  });

  it('takes an acronym term only in capitals', () => {
    expect(terms('MoD statement')[0]?.[0]).toBe('MoD');
    expect(terms('mod statement')).toEqual([]);
  });

  it('skips words already matched as a name, and respects phrases and minus as runs', () => {
    expect(terms('Kazakh defence ministry', (start) => start >= 7)).toEqual([]);
    expect(terms('"joint drills" -manoeuvres').map(([t]) => t)).toEqual(['drills', 'manoeuvres']);
  });

  it('offers spelling variants for other words', () => {
    expect(terms('armoured vehicles')).toEqual([['armoured', ['armored']]]);
  });

  it('drops plural endings for matching', () => {
    expect(singular('ministries')).toBe('ministry');
    expect(singular('drills')).toBe('drill');
    expect(singular('press')).toBe('press');
  });
});
