import { describe, expect, it } from 'vitest';
import { currentSection } from './main-nav';

const items = [{ href: '/' }, { href: '/briefs' }, { href: '/articles' }, { href: '/compare' }];

describe('currentSection', () => {
  it('marks the section a page is in, and Home only on the home page', () => {
    expect(currentSection(items, '/')).toBe('/');
    expect(currentSection(items, '/briefs')).toBe('/briefs');
    expect(currentSection(items, '/briefs/from-the-cstos-shadow/v/2')).toBe('/briefs');
    expect(currentSection(items, '/compare/kazakhstan')).toBe('/compare');
    expect(currentSection(items, '/articlesx')).toBeNull();
    expect(currentSection(items, '/countries/kazakhstan')).toBeNull();
  });
});
