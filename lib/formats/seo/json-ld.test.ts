import { describe, expect, it } from 'vitest';
import type { ArticleListItem } from '@/lib/articles/dto';
import type { EntityDetail, FactView } from '@/lib/entities/dto';
import { articleJsonLd, briefJsonLd, citedArticlePaths, entityJsonLd } from './json-ld';

const SITE = 'https://s.org';
const article: ArticleListItem = {
  slug: 'caspian-drills',
  title: { value: 'Caspian States to Hold Military Drills', by: 'source' },
  opening: 'In a first',
  authors: { value: ['Toghrul Ali'], by: 'source' },
  source: { value: { slug: 'cpc', name: 'Caspian Policy Center', abbreviation: 'CPC' }, by: 'source' },
  published: { value: { iso: '2024-04-16T00:00:00.000Z', precision: 'DAY', tzOffsetMinutes: null }, by: 'source' },
  era: 'POST_2022',
  eraBasis: 'PUBLISHED_DATE',
};

describe('articleJsonLd', () => {
  it('describes a NewsArticle with its source as publisher', () => {
    expect(articleJsonLd(article, 'Caspian States to Hold Military Drills', SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Caspian States to Hold Military Drills',
      url: 'https://s.org/articles/caspian-drills',
      mainEntityOfPage: 'https://s.org/articles/caspian-drills',
      datePublished: '2024-04-16',
      author: [{ '@type': 'Person', name: 'Toghrul Ali' }],
      publisher: { '@type': 'Organization', name: 'Caspian Policy Center', alternateName: 'CPC' },
      isPartOf: { '@type': 'WebSite', name: 'Caspian Briefings', url: 'https://s.org/' },
    });
  });
  it('leaves out a date and author the source does not give', () => {
    const ld = articleJsonLd({ ...article, authors: null, published: null, source: null }, 'x', SITE);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('publisher');
  });
});

describe('briefJsonLd', () => {
  const html = '<p>Claim<sup><a href="#user-content-fn-1">1</a></sup></p><section><ol><li><a href="/articles/caspian-drills#p-2">t</a></li><li><a href="/articles/other#p-1">u</a></li><li><a href="/articles/caspian-drills#p-4">t</a></li></ol></section>';
  it('finds each cited article once, in order', () => {
    expect(citedArticlePaths(html)).toEqual(['/articles/caspian-drills', '/articles/other']);
  });
  it('is a Report with versions, dates and citations', () => {
    const first = new Date('2024-05-01T00:00:00Z');
    const second = new Date('2024-05-03T00:00:00Z');
    const ld = briefJsonLd({ slug: 'b', html, dek: 'd', revision: { number: 2, title: 'T', publishedAt: second }, revisions: [{ publishedAt: first }, { publishedAt: second }] }, '/briefs/b', SITE);
    expect(ld).toMatchObject({ '@type': 'Report', headline: 'T', version: '2', datePublished: first.toISOString(), dateModified: second.toISOString(), url: 'https://s.org/briefs/b' });
    expect(ld.citation).toEqual([
      { '@type': 'NewsArticle', url: 'https://s.org/articles/caspian-drills' },
      { '@type': 'NewsArticle', url: 'https://s.org/articles/other' },
    ]);
  });
});

const other = (type: EntityDetail['type'], slug: string, name: string, coordinates: { lat: number; lon: number } | null = null): FactView['other'] => ({ slug, type, name, era: null, start: null, coordinates });
const fact = (kind: FactView['kind'], direction: FactView['direction'], o: FactView['other'], role: FactView['role'] = null): FactView => ({ id: `${kind}-${o.slug}`, kind, role, direction, other: o, from: null, to: null, citation: null, reference: null, editorNote: null });
const entity = (over: Partial<EntityDetail>): EntityDetail => ({
  id: 'e', slug: 'kazakhstan', type: 'COUNTRY', name: 'Kazakhstan', subtype: null, description: null, era: null, coordinates: null, start: null, end: null,
  datesCitation: null, datesReference: null, datesNote: null, names: [], facts: [], mentionCount: 0, mentionPage: 1, mentionPageCount: 1, mentionGroups: [], related: [], ...over,
});

describe('entityJsonLd', () => {
  it('gives a Country its other names', () => {
    const ld = entityJsonLd(entity({ names: [{ name: 'Kazakhstan', lang: 'en', kind: 'CANONICAL' }, { name: 'Қазақстан', lang: 'kk-Cyrl', kind: 'TRANSLATION' }] }), SITE);
    expect(ld).toMatchObject({ '@type': 'Country', name: 'Kazakhstan', url: 'https://s.org/countries/kazakhstan', alternateName: ['Қазақстан'] });
  });
  it('gives a Place its coordinates', () => {
    const ld = entityJsonLd(entity({ type: 'PLACE', slug: 'aktau', name: 'Aktau', coordinates: { lat: 43.65, lon: 51.16, note: null } }), SITE);
    expect(ld).toMatchObject({ '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: 43.65, longitude: 51.16 } });
  });
  it('makes an exercise an Event with dates, location and organizer', () => {
    const ld = entityJsonLd(
      entity({
        type: 'EXERCISE', slug: 'birlestik-2024', name: 'Birlestik 2024',
        start: { iso: '2024-09-02T00:00:00.000Z', precision: 'DAY' }, end: { iso: '2024-09-01T00:00:00.000Z', precision: 'MONTH' },
        facts: [
          fact('HELD_IN', 'out', other('PLACE', 'aktau', 'Aktau', { lat: 43.65, lon: 51.16 })),
          fact('PARTICIPATED_IN', 'in', other('COUNTRY', 'kazakhstan', 'Kazakhstan'), 'HOST'),
          fact('PARTICIPATED_IN', 'in', other('COUNTRY', 'turkey', 'Türkiye'), 'PARTICIPANT'),
        ],
      }),
      SITE,
    );
    expect(ld).toMatchObject({
      '@type': 'Event', startDate: '2024-09-02', endDate: '2024-09',
      location: { '@type': 'Place', name: 'Aktau', url: 'https://s.org/places/aktau', geo: { latitude: 43.65 } },
      organizer: { '@type': 'Country', name: 'Kazakhstan' },
    });
  });
});
