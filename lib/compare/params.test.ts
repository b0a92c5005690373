import { describe, expect, it } from 'vitest';
import { compareHref, parseCompareParams } from './params';

describe('parseCompareParams', () => {
  it('reads countries, organization and years', () => {
    expect(parseCompareParams({ country: ['uzbekistan', 'kazakhstan'], org: 'csto', from: '2009', to: '2024' })).toEqual({
      countries: ['kazakhstan', 'uzbekistan'],
      organization: 'csto',
      fromYear: 2009,
      toYear: 2024,
    });
  });

  it('drops malformed values and swaps a reversed range', () => {
    expect(parseCompareParams({ country: ['<script>', 'russia', 'russia'], org: 'DROP TABLE', from: '2030', to: '1999x' })).toEqual({
      countries: ['russia'],
      fromYear: 2030,
    });
    expect(parseCompareParams({ from: '2024', to: '2010' })).toEqual({ countries: [], fromYear: 2010, toYear: 2024 });
  });

  it('merges countries from the path', () => {
    expect(parseCompareParams({}, ['uzbekistan', 'azerbaijan']).countries).toEqual(['azerbaijan', 'uzbekistan']);
  });
});

describe('compareHref', () => {
  it('puts one or two countries in the path, in a canonical order', () => {
    expect(compareHref({ countries: [] })).toBe('/compare');
    expect(compareHref({ countries: ['kazakhstan'] })).toBe('/compare/kazakhstan');
    expect(compareHref({ countries: ['azerbaijan', 'kazakhstan'], fromYear: 2015 })).toBe('/compare/azerbaijan/kazakhstan?from=2015');
    expect(compareHref({ countries: ['a', 'b', 'c'], organization: 'sco' })).toBe('/compare?country=a&country=b&country=c&org=sco');
  });
});
