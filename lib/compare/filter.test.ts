import { describe, expect, it } from 'vitest';
import { computeComparison } from './compute';
import { event, exercise, organization, took } from './test-fixtures';

const csto = organization('csto');
const records = [
  exercise('rubezh-2009', '2009', ['kazakhstan', 'russia', 'kyrgyzstan'], [csto]),
  exercise('steppe-eagle-2009', '2009', ['kazakhstan', 'united-states']),
  exercise('cis-drill-2015', '2015', [took(organization('cis'), 'ORGANIZER'), 'russia', 'belarus']),
  exercise('observed-2016', '2016', [took(organization('sco'), 'OBSERVER'), 'russia', 'kazakhstan']),
  exercise('khazri-2023', '2023', [took('azerbaijan', 'HOST'), 'kazakhstan']),
  exercise('birlestik-2024', '2024', [took('kazakhstan', 'HOST'), 'uzbekistan', took('russia', 'STAYED_AWAY')]),
  exercise('undated', null, ['kazakhstan', 'russia'], [csto]),
];

function slugs(result: ReturnType<typeof computeComparison>): string[] {
  return [...result.byEra.CSTO_ERA.exercises, ...result.byEra.POST_2022.exercises, ...result.undated].map((e) => e.slug);
}

describe('computeComparison: filter', () => {
  it('keeps exercises in which every listed country drilled', () => {
    expect(slugs(computeComparison(records, [], { countries: ['kazakhstan', 'russia'] }))).toEqual(['rubezh-2009', 'observed-2016', 'undated']);
    // Staying away is not taking part.
    expect(slugs(computeComparison(records, [], { countries: ['russia'] }))).not.toContain('birlestik-2024');
  });

  it('keeps exercises linked to the organization or in which it took part', () => {
    expect(slugs(computeComparison(records, [], { countries: [], organization: 'csto' }))).toEqual(['rubezh-2009', 'undated']);
    expect(slugs(computeComparison(records, [], { countries: [], organization: 'cis' }))).toEqual(['cis-drill-2015']);
    // Watching is not taking part: an observer organization qualifies only if also linked to the exercise.
    expect(slugs(computeComparison(records, [], { countries: [], organization: 'sco' }))).toEqual([]);
  });

  it('bounds the start year inclusively and drops undated exercises once a bound is set', () => {
    expect(slugs(computeComparison(records, [], { countries: [], fromYear: 2015, toYear: 2023 }))).toEqual(['cis-drill-2015', 'observed-2016', 'khazri-2023']);
    expect(slugs(computeComparison(records, [], { countries: [], toYear: 2009 }))).toEqual(['rubezh-2009', 'steppe-eagle-2009']);
    expect(computeComparison(records, [], { countries: [], fromYear: 2024 }).undated).toEqual([]);
  });

  it('computes nodes and figures from the filtered exercises only', () => {
    const result = computeComparison(records, [], { countries: ['uzbekistan'] });
    expect(result.nodes.map((n) => n.slug)).toEqual(['kazakhstan', 'uzbekistan']);
    expect(result.byEra.CSTO_ERA.figures.exercises).toBe(0);
    expect(result.pairsAppeared.map((p) => p.key)).toEqual(['kazakhstan|uzbekistan']);
  });

  it('keeps events within the year bounds, sorted by date', () => {
    const events = [event('invasion', '2022-02-24'), event('summit', '2009-06-01'), event('aktau', '2018-08-12')];
    expect(computeComparison(records, events, { countries: [] }).events.map((e) => e.slug)).toEqual(['summit', 'aktau', 'invasion']);
    expect(computeComparison(records, events, { countries: ['russia'], fromYear: 2010, toYear: 2022 }).events.map((e) => e.slug)).toEqual(['aktau', 'invasion']);
  });

  it('echoes the filter normalized', () => {
    expect(computeComparison([], [], { countries: ['russia', 'armenia', 'russia'], toYear: 2020 }).filter).toEqual({ countries: ['armenia', 'russia'], toYear: 2020 });
  });
});
