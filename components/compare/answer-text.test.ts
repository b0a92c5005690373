import { describe, expect, it } from 'vitest';
import { computeComparison } from '@/lib/compare/compute';
import { exercise, took } from '@/lib/compare/test-fixtures';
import { answerSentences, headlineFigures } from './answer-text';

const none = { countries: [] };

describe('answerSentences', () => {
  it('states each era’s share without Russia with its denominator, and the silent sources apart', () => {
    const comparison = computeComparison(
      [
        exercise('a', '2010', ['kazakhstan', 'russia']),
        exercise('b', '2011', ['kazakhstan', took('russia', 'STAYED_AWAY')]),
        exercise('c', '2023', ['kazakhstan', took('russia', 'STAYED_AWAY')]),
        exercise('d', '2024', ['kazakhstan', 'uzbekistan']),
      ],
      [],
      none,
    );
    expect(answerSentences(comparison)).toEqual([
      'After 24 February 2022, 100% (1 of 1) of the exercises whose sources say whether Russia took part went ahead without it; ' +
        'in the CSTO era, 50% (1 of 2). The sources of 1 more exercise do not say, and are not counted as either.',
      '2 exercises in the CSTO era, 2 exercises after it: 1 pair of countries drilled together for the first time after February 2022, ' +
        'and 1 pair that had before was not seen again.',
    ]);
  });

  it('says when no source speaks of Russia, and when nothing matches', () => {
    const silent = computeComparison([exercise('a', '2010', ['kazakhstan', 'kyrgyzstan'])], [], none);
    expect(answerSentences(silent)[0]).toBe('No source of these exercises says whether Russia took part.');
    expect(answerSentences(computeComparison([], [], none))).toEqual(['No dated exercise matches this view.']);
  });
});

describe('headlineFigures', () => {
  it('pairs each era’s figure and names what the shares rest on', () => {
    const comparison = computeComparison(
      [exercise('a', '2010', ['kazakhstan', 'russia']), exercise('c', '2023', ['kazakhstan', took('russia', 'STAYED_AWAY')])],
      [],
      none,
    );
    expect(headlineFigures(comparison)).toEqual([
      { label: 'Exercises', before: '1', after: '1', base: 'dated exercises in the record' },
      { label: 'Without Russia', before: '0%', after: '100%', base: 'of 1 and 1 exercises whose sources say' },
      { label: 'Partner pairs', before: '1', after: '0', base: 'distinct pairs of countries that drilled together' },
    ]);
  });
});
