import { describe, expect, it } from 'vitest';
import { matchNames, withPlaceholders, type NameForm } from './name-matches';
import { nameRuns } from './query-words';

const FORMS: NameForm[] = [
  { key: 'turkiye', form: 'Türkiye', entityId: 'turkey' },
  { key: 'turkish', form: 'Turkish', entityId: 'turkey' },
  { key: 'turkish armed forces', form: 'Turkish Armed Forces', entityId: 'tsk' },
  { key: 'republic of turkiye', form: 'Republic of Türkiye', entityId: 'turkey' },
  { key: 'unity 2024', form: 'Unity-2024', entityId: 'birlestik' },
  // A series name: the words before the year, as the lookup returns it.
  { key: 'khazri', form: 'Khazri-2023', entityId: 'khazri-2023' },
  { key: 'khazri', form: 'Khazri-2025', entityId: 'khazri-2025' },
  { key: 'us', form: 'US', entityId: 'usa' },
  { key: 'kazakhstan', form: 'Kazakhstan', entityId: 'kazakhstan' },
];

const named = (q: string) => matchNames(nameRuns(q), FORMS).map((m) => [q.slice(m.start, m.end), m.entityIds]);
const rewrite = (q: string) => withPlaceholders(q, matchNames(nameRuns(q), FORMS));

describe('matchNames', () => {
  it('finds a name anywhere in the query, in any case and without accents', () => {
    expect(named('naval drills near turkiye')).toEqual([['turkiye', ['turkey']]]);
    expect(named('TÜRKIYE drills')).toEqual([['TÜRKIYE', ['turkey']]]);
  });

  it('takes the longest name over consecutive words', () => {
    expect(named('Turkish Armed Forces drills')).toEqual([['Turkish Armed Forces', ['tsk']]]);
    expect(named('the Republic of Türkiye and Turkish ships')).toEqual([
      ['Republic of Türkiye', ['turkey']],
      ['Turkish', ['turkey']],
    ]);
  });

  it('does not join words across OR, quotes or a minus', () => {
    expect(named('Turkish OR Armed Forces')).toEqual([['Turkish', ['turkey']]]);
    expect(named('"Turkish" Armed Forces')).toEqual([['Turkish', ['turkey']]]);
  });

  it('matches inside quotes and after a minus', () => {
    expect(named('"Unity-2024" -Kazakhstan')).toEqual([
      ['Unity-2024', ['birlestik']],
      ['Kazakhstan', ['kazakhstan']],
    ]);
  });

  it('gives every entity a series name stands for', () => {
    expect(named('Khazri drills')).toEqual([['Khazri', ['khazri-2023', 'khazri-2025']]]);
  });

  it('does not take the common word for a short capitals name', () => {
    expect(named('tell us about US drills')).toEqual([['US', ['usa']]]);
  });
});

describe('withPlaceholders', () => {
  it('keeps websearch syntax around the placeholders', () => {
    expect(rewrite('Unity-2024 -Kazakhstan')).toEqual({
      text: 'zq0k -zq1k',
      placeholders: [
        { lexeme: "'zq0k'", typed: 'Unity-2024', entityIds: ['birlestik'], variants: [] },
        { lexeme: "'zq1k'", typed: 'Kazakhstan', entityIds: ['kazakhstan'], variants: [] },
      ],
    });
    expect(rewrite('"Türkiye" OR Khazri').text).toBe('"zq0k" OR zq1k');
    expect(rewrite('"joint drills in Türkiye" -Russia').text).toBe('"joint drills in zq0k" -Russia');
  });

  it('keeps a possessive with the name it replaces', () => {
    expect(rewrite('Türkiye’s navy').text).toBe('zq0k navy');
  });

  it('separates the placeholder from letters or digits glued to the name', () => {
    expect(rewrite('Khazri2023').text).toBe('zq0k 2023');
  });

  it('picks a placeholder the query does not contain', () => {
    const { text, placeholders } = rewrite('zq0k Türkiye');
    expect(text).toBe('zq0k zqx0k');
    expect(placeholders[0]?.lexeme).toBe("'zqx0k'");
  });

  it('leaves a query without names as it is', () => {
    expect(rewrite('"unbalanced -- drop table')).toEqual({ text: '"unbalanced -- drop table', placeholders: [] });
  });
});
