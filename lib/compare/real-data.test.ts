// Shaped like the knowledge base: the CSTO-era drills around 2009 and the post-2022 regional ones.
import { describe, expect, it } from 'vitest';
import { computeComparison } from './compute';
import { country, exercise, organization, took } from './test-fixtures';

const records = [
  exercise('interaction-2009', '2009-10-16', ['kazakhstan', 'russia', 'kyrgyzstan', 'tajikistan', 'armenia', 'belarus'], [organization('csto')]),
  exercise('steppe-eagle-2009', '2009-08', ['kazakhstan', 'united-states', 'united-kingdom']),
  exercise('combat-commonwealth-2009', '2009-09', ['russia', 'kazakhstan', 'belarus', 'kyrgyzstan', 'tajikistan'], [organization('cis')]),
  exercise('khazri-2023', '2023-09', [took('azerbaijan', 'HOST'), took('kazakhstan'), took('kazakhstan', 'PARTICIPANT', 'second-source')]),
  exercise('uzaz-2023', '2023-05', ['azerbaijan', 'uzbekistan']),
  exercise('kanzhar-2023', '2023-11', ['kazakhstan', 'uzbekistan']),
  exercise('birlestik-2024', '2024-08', [took('kazakhstan', 'HOST'), 'azerbaijan', 'kyrgyzstan', 'tajikistan', 'uzbekistan', took('russia', 'STAYED_AWAY')]),
];

describe('computeComparison on data like the real knowledge base', () => {
  const result = computeComparison(records, [], { countries: [] });

  it('counts the CSTO era', () => {
    expect(result.byEra.CSTO_ERA.figures).toEqual({
      era: 'CSTO_ERA',
      exercises: 3,
      pairs: 18,
      // Interaction and Combat Commonwealth had Russia; Steppe Eagle's source does not say.
      shareWithoutRussia: 0,
      shareMultilateral: 1,
      withoutRussia: { count: 0, of: 2, notStated: 1 },
      multilateral: { count: 3, of: 3, notStated: 0 },
      mostConnected: { country: country('kazakhstan'), partners: 7, exercises: 3 },
    });
    expect(result.byEra.CSTO_ERA.exercises.map((e) => e.slug)).toEqual(['steppe-eagle-2009', 'combat-commonwealth-2009', 'interaction-2009']);
  });

  it('counts the post-2022 era, where Russia drilled in none', () => {
    expect(result.byEra.POST_2022.figures).toEqual({
      era: 'POST_2022',
      exercises: 4,
      pairs: 10,
      // Only Birlestik's sources say Russia stayed away; the other three do not say.
      shareWithoutRussia: 1,
      shareMultilateral: 0.25,
      withoutRussia: { count: 1, of: 1, notStated: 3 },
      multilateral: { count: 1, of: 4, notStated: 0 },
      // Azerbaijan, Kazakhstan and Uzbekistan each have four partners over three exercises: the name decides.
      mostConnected: { country: country('azerbaijan'), partners: 4, exercises: 3 },
    });
  });

  it('finds the pairs that appeared and vanished', () => {
    expect(result.pairsAppeared.slice(0, 3).map((p) => [p.key, p.weight])).toEqual([
      ['azerbaijan|kazakhstan', 2],
      ['azerbaijan|uzbekistan', 2],
      ['kazakhstan|uzbekistan', 2],
    ]);
    expect(result.pairsAppeared.map((p) => p.key)).not.toContain('kazakhstan|kyrgyzstan');
    expect(result.pairsVanished.filter((p) => p.weight === 2).map((p) => p.key)).toEqual([
      'belarus|kazakhstan',
      'belarus|kyrgyzstan',
      'belarus|russia',
      'belarus|tajikistan',
      'kazakhstan|russia',
      'kyrgyzstan|russia',
      'russia|tajikistan',
    ]);
    expect(result.pairsVanished.map((p) => p.key)).toContain('kazakhstan|united-states');
    expect(result.pairsVanished.some((p) => p.a.slug === 'russia' || p.b.slug === 'russia')).toBe(true);
  });

  it('lays out every country that drilled in either era', () => {
    expect(result.nodes.map((n) => n.slug)).toEqual([
      'armenia',
      'azerbaijan',
      'belarus',
      'kazakhstan',
      'kyrgyzstan',
      'russia',
      'tajikistan',
      'united-kingdom',
      'united-states',
      'uzbekistan',
    ]);
    expect(result.nodes.find((n) => n.slug === 'russia')?.exercises).toEqual({ CSTO_ERA: 2, POST_2022: 0 });
  });
});
