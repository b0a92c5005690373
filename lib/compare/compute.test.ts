import { describe, expect, it } from 'vitest';
import { computeComparison } from './compute';
import { country, event, exercise, organization, shuffled, took } from './test-fixtures';

const none = { countries: [] };

function weights(pairs: { key: string; weight: number }[]): [string, number][] {
  return pairs.map((p) => [p.key, p.weight]);
}

describe('computeComparison: figures', () => {
  it('gives null shares and no most-connected country for an era without exercises', () => {
    const result = computeComparison([exercise('a', '2010', ['kazakhstan', 'russia'])], [], none);
    expect(result.byEra.POST_2022.figures).toEqual({
      era: 'POST_2022',
      exercises: 0,
      pairs: 0,
      shareWithoutRussia: null,
      shareMultilateral: null,
      withoutRussia: { count: 0, of: 0, notStated: 0 },
      multilateral: { count: 0, of: 0, notStated: 0 },
      mostConnected: null,
    });
  });

  it('counts exercises, pairs and shares per era', () => {
    const result = computeComparison(
      [
        exercise('bi-ru', '2010', ['kazakhstan', 'russia']),
        exercise('multi', '2011', ['kazakhstan', 'kyrgyzstan', 'tajikistan']),
        exercise('solo', '2012', ['kazakhstan']),
        exercise('org-only', '2013', [took(organization('csto'))]),
      ],
      [],
      none,
    );
    const figures = result.byEra.CSTO_ERA.figures;
    expect(figures.exercises).toBe(4);
    expect(figures.pairs).toBe(4);
    // Only bi-ru's sources say anything about Russia (it took part); the other three are silent,
    // and silence is not counted as a "without".
    expect(figures.shareWithoutRussia).toBe(0);
    expect(figures.withoutRussia).toEqual({ count: 0, of: 1, notStated: 3 });
    // Of the two with a partner at all, one was multilateral.
    expect(figures.shareMultilateral).toBe(0.5);
    expect(figures.multilateral).toEqual({ count: 1, of: 2, notStated: 2 });
    expect(figures.mostConnected).toEqual({ country: country('kazakhstan'), partners: 3, exercises: 3 });
  });

  it('counts "without Russia" only where a source says Russia stayed away or only observed', () => {
    const result = computeComparison(
      [
        exercise('away', '2023', ['kazakhstan', 'uzbekistan', took('russia', 'STAYED_AWAY')]),
        exercise('watched', '2023-05', ['kazakhstan', took('russia', 'OBSERVER')]),
        exercise('with', '2023-06', ['kazakhstan', 'russia']),
        exercise('silent-1', '2023-07', ['kazakhstan', 'kyrgyzstan']),
        exercise('silent-2', '2023-08', ['tajikistan']),
      ],
      [],
      none,
    );
    const figures = result.byEra.POST_2022.figures;
    expect(figures.withoutRussia).toEqual({ count: 2, of: 3, notStated: 2 });
    expect(figures.shareWithoutRussia).toBeCloseTo(2 / 3);
    expect(result.basis).toEqual({ exercises: 5, articles: 1 });
  });

  it('leaves shares null when no exercise names its countries', () => {
    const figures = computeComparison([exercise('org-only', '2013', [took(organization('csto'))])], [], none).byEra.CSTO_ERA.figures;
    expect(figures).toMatchObject({ exercises: 1, shareWithoutRussia: null, shareMultilateral: null, mostConnected: null });
  });

  it('breaks most-connected ties by exercises, then by name', () => {
    const byExercises = computeComparison(
      [exercise('x', '2010', ['armenia', 'belarus']), exercise('y', '2011', ['belarus', 'russia']), exercise('z', '2012', ['armenia', 'russia']), exercise('w', '2013', ['russia'])],
      [],
      none,
    );
    expect(byExercises.byEra.CSTO_ERA.figures.mostConnected).toEqual({ country: country('russia'), partners: 2, exercises: 3 });

    const byName = computeComparison([exercise('x', '2010', ['belarus', 'armenia'])], [], none);
    expect(byName.byEra.CSTO_ERA.figures.mostConnected?.country.slug).toBe('armenia');
  });
});

describe('computeComparison: who drilled', () => {
  it('weights pairs by joint exercises, sorted by weight then key', () => {
    const result = computeComparison(
      [exercise('a', '2010', ['russia', 'kazakhstan', 'belarus']), exercise('b', '2011', ['kazakhstan', 'russia'])],
      [],
      none,
    );
    expect(weights(result.byEra.CSTO_ERA.pairs)).toEqual([
      ['kazakhstan|russia', 2],
      ['belarus|kazakhstan', 1],
      ['belarus|russia', 1],
    ]);
    const pair = result.byEra.CSTO_ERA.pairs[0];
    expect([pair?.a.slug, pair?.b.slug]).toEqual(['kazakhstan', 'russia']);
  });

  it('leaves observers, absentees and organizations out of pairs and nodes', () => {
    const result = computeComparison(
      [exercise('a', '2023', [took('kazakhstan', 'HOST'), took('uzbekistan', 'ORGANIZER'), took('russia', 'OBSERVER'), took('belarus', 'STAYED_AWAY'), took(organization('csto'))])],
      [],
      none,
    );
    expect(weights(result.byEra.POST_2022.pairs)).toEqual([['kazakhstan|uzbekistan', 1]]);
    expect(result.nodes.map((n) => n.slug)).toEqual(['kazakhstan', 'uzbekistan']);
    expect(result.byEra.POST_2022.figures.shareWithoutRussia).toBe(1);
    expect(result.byEra.POST_2022.figures.shareMultilateral).toBe(0);
  });

  it('counts a country listed by two sources, or as host and participant, once', () => {
    const result = computeComparison(
      [
        exercise('a', '2023', [took('kazakhstan', 'HOST', 'one'), took('kazakhstan', 'PARTICIPANT', 'two'), took('azerbaijan', 'PARTICIPANT', 'one'), took('azerbaijan', 'PARTICIPANT', 'two')]),
      ],
      [],
      none,
    );
    expect(weights(result.byEra.POST_2022.pairs)).toEqual([['azerbaijan|kazakhstan', 1]]);
    expect(result.byEra.POST_2022.figures.shareMultilateral).toBe(0);
    expect(result.nodes.map((n) => n.exercises)).toEqual([
      { CSTO_ERA: 0, POST_2022: 1 },
      { CSTO_ERA: 0, POST_2022: 1 },
    ]);
  });
});

describe('computeComparison: across the boundary', () => {
  const records = [
    exercise('old-1', '2010', ['kazakhstan', 'russia']),
    exercise('old-2', '2015', ['kazakhstan', 'russia', 'kyrgyzstan']),
    exercise('new-1', '2022-02-24', ['kazakhstan', 'kyrgyzstan']),
    exercise('new-2', '2023', ['kazakhstan', 'azerbaijan']),
    exercise('new-3', '2024', ['kazakhstan', 'azerbaijan', 'uzbekistan']),
  ];

  it('splits eras at 24 February 2022 and lists appeared and vanished pairs with their own weights', () => {
    const result = computeComparison(records, [], none);
    expect(result.byEra.CSTO_ERA.exercises.map((e) => e.slug)).toEqual(['old-1', 'old-2']);
    expect(result.byEra.POST_2022.exercises.map((e) => e.slug)).toEqual(['new-1', 'new-2', 'new-3']);
    expect(weights(result.pairsAppeared)).toEqual([
      ['azerbaijan|kazakhstan', 2],
      ['azerbaijan|uzbekistan', 1],
      ['kazakhstan|uzbekistan', 1],
    ]);
    expect(weights(result.pairsVanished)).toEqual([
      ['kazakhstan|russia', 2],
      ['kyrgyzstan|russia', 1],
    ]);
  });

  it('uses the start date over a stale stored era', () => {
    const stale = { ...exercise('late', '2023', ['kazakhstan', 'uzbekistan']), era: 'CSTO_ERA' as const };
    expect(computeComparison([stale], [], none).byEra.POST_2022.exercises.map((e) => e.slug)).toEqual(['late']);
  });

  it('lists undated exercises apart and counts them nowhere', () => {
    const result = computeComparison([...records, exercise('when', null, ['kazakhstan', 'russia']), exercise('also', null, [])], [], none);
    expect(result.undated.map((e) => e.slug)).toEqual(['also', 'when']);
    expect(result.byEra.CSTO_ERA.figures.exercises).toBe(2);
    expect(result.byEra.POST_2022.figures.exercises).toBe(3);
    expect(result.nodes.find((n) => n.slug === 'russia')?.exercises).toEqual({ CSTO_ERA: 2, POST_2022: 0 });
  });

  it('sorts exercises by start date, then name', () => {
    const result = computeComparison([exercise('b', '2010-05', ['russia']), exercise('a', '2010-05', ['russia']), exercise('c', '2009', ['russia'])], [], none);
    expect(result.byEra.CSTO_ERA.exercises.map((e) => e.slug)).toEqual(['c', 'a', 'b']);
  });

  it('gives the same result whatever order the input comes in', () => {
    const events = [event('invasion', '2022-02-24'), event('summit', '2009-06-01')];
    const expected = computeComparison(records, events, none);
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(computeComparison(shuffled(records, seed), shuffled(events, seed), none)).toEqual(expected);
    }
  });
});
