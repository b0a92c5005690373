import { describe, expect, it } from 'vitest';
import { queryRoute } from './query-routes';

const route = (url: string) => {
  const u = new URL(url, 'http://x');
  return queryRoute(u.pathname, u.searchParams);
};

describe('queryRoute', () => {
  it('serves a cited paragraph and a page of mentions from paths of their own', () => {
    expect(route('/articles/csto-drills?cite=3')).toBe('/articles/csto-drills/cite/3');
    expect(route('/places/aktau?page=2')).toBe('/places/aktau/mentions/2');
    expect(route('/exercises/birlestik-2024?page=12&utm_source=x')).toBe('/exercises/birlestik-2024/mentions/12');
  });

  it('leaves everything else alone', () => {
    for (const url of [
      '/articles/csto-drills',
      '/articles/csto-drills?cite=0',
      '/articles/csto-drills?cite=abc',
      '/articles/csto-drills?cite=-1',
      '/articles?page=2',
      '/places/aktau?page=1',
      '/places/aktau?page=1e3',
      '/places/aktau?cite=2',
      '/briefs/x?page=2',
      '/search?q=x&page=2',
      '/nowhere/aktau?page=2',
      '/places/aktau/mentions/2?page=3',
    ]) {
      expect(route(url), url).toBeNull();
    }
  });
});
