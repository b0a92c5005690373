import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchHref } from './params';

describe('parseSearchParams', () => {
  it('reads the filters', () => {
    expect(parseSearchParams({ q: ' Aktau ', type: 'article', era: 'post-2022', entity: 'aktau', from: '2024-01-01', page: '2' })).toEqual({
      q: 'Aktau',
      truncated: false,
      type: 'article',
      era: 'POST_2022',
      entity: 'aktau',
      from: '2024-01-01',
      page: 2,
    });
  });

  it('drops what it does not understand', () => {
    expect(parseSearchParams({ q: ['a', 'b'], type: 'user', era: 'x', entity: "'; drop", from: '2024-13-45', page: '-3' })).toEqual({
      q: 'a',
      truncated: false,
      page: 1,
    });
  });

  it('drops impossible dates, which the database would refuse', () => {
    expect(parseSearchParams({ q: 'x', from: '2022-02-30', to: '2023-13-01' })).toEqual(parseSearchParams({ q: 'x' }));
    expect(parseSearchParams({ q: 'x', from: '2024-02-29' }).from).toBe('2024-02-29');
  });

  it('truncates long queries', () => {
    const params = parseSearchParams({ q: 'word '.repeat(400) });
    expect(params.truncated).toBe(true);
    expect(params.q.length).toBeLessThanOrEqual(200);
  });
});

describe('searchHref', () => {
  it('round-trips', () => {
    const href = searchHref({ q: '"joint exercises" -Turkey', type: 'brief', era: 'CSTO_ERA', page: 3 });
    const parsed = parseSearchParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(parsed).toMatchObject({ q: '"joint exercises" -Turkey', type: 'brief', era: 'CSTO_ERA', page: 3 });
  });

  it('is bare without parameters', () => {
    expect(searchHref({ q: '', page: 1 })).toBe('/search');
  });
});
