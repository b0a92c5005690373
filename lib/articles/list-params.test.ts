import { describe, expect, it } from 'vitest';
import { articleListHref, parseArticleListParams } from './list-params';

describe('parseArticleListParams', () => {
  it('reads valid parameters', () => {
    expect(parseArticleListParams({ page: '3', era: 'csto', source: 'caspian-policy-center' })).toEqual({
      page: 3,
      era: 'csto',
      source: 'caspian-policy-center',
    });
  });

  it('ignores malformed values instead of failing', () => {
    expect(parseArticleListParams({ page: '-4', era: 'bronze-age', source: "x' OR 1=1 --" })).toEqual({ page: 1 });
    expect(parseArticleListParams({ page: 'NaN' })).toEqual({ page: 1 });
    expect(parseArticleListParams({ page: '1e99' })).toEqual({ page: 1 });
    expect(parseArticleListParams({ page: ['2', '5'], era: ['post-2022'] })).toEqual({ page: 2, era: 'post-2022' });
  });
});

describe('articleListHref', () => {
  it('drops defaults', () => {
    expect(articleListHref({ page: 1 })).toBe('/articles');
    expect(articleListHref({ page: 2, era: 'csto' })).toBe('/articles?era=csto&page=2');
  });
});
