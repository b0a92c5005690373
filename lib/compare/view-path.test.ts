import { describe, expect, it } from 'vitest';
import { compareViewOf, compareViewRoute } from './view-path';

const route = (address: string) => {
  const url = new URL(address, 'http://portal.test');
  return compareViewRoute(url.pathname, url.searchParams);
};

describe('compare view paths', () => {
  it('serves each canonical view from a path of its own, and reads it back', () => {
    for (const address of ['/compare', '/compare/kazakhstan', '/compare/azerbaijan/kazakhstan', '/compare/kazakhstan?org=csto&from=2010&to=2020', '/compare?country=a&country=b&country=c']) {
      const path = route(address);
      expect(path, address).toMatch(/^\/compare-view\/[A-Za-z0-9_-]+$/);
      const view = compareViewOf(path?.split('/')[2] ?? '');
      expect(view, address).not.toBeNull();
    }
    expect(compareViewOf(route('/compare/azerbaijan/kazakhstan?from=2015')?.split('/')[2] ?? '')).toEqual({
      filter: { countries: ['azerbaijan', 'kazakhstan'], fromYear: 2015 },
      inPath: ['azerbaijan', 'kazakhstan'],
    });
  });

  it('ignores Next’s own _rsc parameter', () => {
    expect(route('/compare/kazakhstan?_rsc=1x2y')).toBe(route('/compare/kazakhstan'));
  });

  it('leaves every other address to the pages that redirect it', () => {
    for (const address of ['/compare/kazakhstan/azerbaijan', '/compare?org=', '/compare?country=kazakhstan', '/compare/kazakhstan/kazakhstan', '/compare?to=2010&from=2020', '/compare/Kazakhstan', '/compare/a/b/c', '/comparex', '/compare?x=1']) {
      expect(route(address), address).toBeNull();
    }
  });

  it('reads back no key that is not a canonical view', () => {
    const key = (href: string) => Buffer.from(href).toString('base64url');
    expect(compareViewOf(key('/compare/kazakhstan/azerbaijan'))).toBeNull();
    expect(compareViewOf(key('/articles/x'))).toBeNull();
    expect(compareViewOf('!!')).toBeNull();
  });
});
