import { describe, expect, it } from 'vitest';
import { deriveEra, eraForDate } from './era';

describe('eraForDate', () => {
  it('puts the day before the invasion in the CSTO era and the day itself after', () => {
    expect(eraForDate(new Date('2022-02-23T23:59:59Z'))).toBe('CSTO_ERA');
    expect(eraForDate(new Date('2022-02-24T00:00:00Z'))).toBe('POST_2022');
  });
});

describe('deriveEra', () => {
  it('prefers an editor-supplied era over everything', () => {
    expect(deriveEra({ publishedAt: new Date('2024-01-01'), yearsMentioned: [], editorEra: 'CSTO_ERA' })).toEqual({
      era: 'CSTO_ERA',
      eraBasis: 'EDITOR',
    });
  });

  it('uses the published date when there is one', () => {
    expect(deriveEra({ publishedAt: new Date('2010-02-02'), yearsMentioned: [2030] })).toEqual({
      era: 'CSTO_ERA',
      eraBasis: 'PUBLISHED_DATE',
    });
  });

  it('estimates from the latest year in the text when undated', () => {
    expect(deriveEra({ publishedAt: null, yearsMentioned: [2007, 2009, 2010] })).toEqual({
      era: 'CSTO_ERA',
      eraBasis: 'YEARS_IN_TEXT',
    });
    expect(deriveEra({ publishedAt: null, yearsMentioned: [2015, 2023] })).toEqual({
      era: 'POST_2022',
      eraBasis: 'YEARS_IN_TEXT',
    });
  });

  it('leaves the era unknown when the text gives nothing to go on', () => {
    expect(deriveEra({ publishedAt: null, yearsMentioned: [] })).toEqual({ era: 'UNKNOWN', eraBasis: 'NONE' });
    expect(deriveEra({ publishedAt: null, yearsMentioned: [2019, 2022] })).toEqual({ era: 'UNKNOWN', eraBasis: 'NONE' });
  });
});
