import type { ArticleListItem } from '@/lib/articles/dto';
import type { EntityDetail, EntityRef, FactView, PartialDate } from '@/lib/entities/dto';
import { entityHref } from '@/lib/entities/paths';
import { machineDate } from '@/lib/formats/text/published-date';
import { absoluteUrl } from './escape';
import { SITE_NAME } from './site';

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

const website = (siteUrl: string) => ({ '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(siteUrl, '/') });

/** NewsArticle: a date or author only where the source gives one; the source is the publisher. */
export function articleJsonLd(article: ArticleListItem, headline: string, siteUrl: string): JsonLd {
  const url = absoluteUrl(siteUrl, `/articles/${article.slug}`);
  const published = article.published?.value;
  const source = article.source?.value;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    url,
    mainEntityOfPage: url,
    ...(published ? { datePublished: machineDate(published) } : {}),
    ...(article.authors ? { author: article.authors.value.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(source ? { publisher: { '@type': 'Organization', name: source.name, ...(source.abbreviation ? { alternateName: source.abbreviation } : {}) } } : {}),
    isPartOf: website(siteUrl),
  };
}

/** The articles a brief's rendered HTML cites (its notes link /articles/<slug>#p-n), in order. */
export function citedArticlePaths(html: string): string[] {
  const paths = [...html.matchAll(/href="(\/articles\/[a-z0-9-]+)(?:#[^"]*)?"/g)].map((m) => m[1] ?? '');
  return [...new Set(paths.filter(Boolean))];
}

export interface BriefLdInput {
  slug: string;
  html: string;
  dek: string;
  revision: { number: number; title: string; publishedAt: Date };
  revisions: { publishedAt: Date }[];
}

/** A brief as a schema.org Report, citing the source articles its notes link. */
export function briefJsonLd(brief: BriefLdInput, url: string, siteUrl: string): JsonLd {
  const first = brief.revisions[0]?.publishedAt ?? brief.revision.publishedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    headline: brief.revision.title,
    name: brief.revision.title,
    description: brief.dek,
    url: absoluteUrl(siteUrl, url),
    version: String(brief.revision.number),
    datePublished: first.toISOString(),
    dateModified: brief.revision.publishedAt.toISOString(),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(siteUrl, '/') },
    isPartOf: website(siteUrl),
    citation: citedArticlePaths(brief.html).map((path) => ({ '@type': 'NewsArticle', url: absoluteUrl(siteUrl, path) })),
  };
}

const SCHEMA_TYPES = {
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  PLACE: 'Place',
  EXERCISE: 'Event',
  EVENT: 'Event',
} as const satisfies Record<EntityDetail['type'], string>;

function ref(other: EntityRef & { coordinates?: { lat: number; lon: number } | null }, siteUrl: string) {
  return {
    '@type': SCHEMA_TYPES[other.type],
    name: other.name,
    url: absoluteUrl(siteUrl, entityHref(other.type, other.slug)),
    ...(other.coordinates ? { geo: geo(other.coordinates) } : {}),
  };
}

const geo = (c: { lat: number; lon: number }) => ({ '@type': 'GeoCoordinates', latitude: c.lat, longitude: c.lon });
const day = (d: PartialDate) => machineDate({ ...d, tzOffsetMinutes: null });
const facts = (all: FactView[], kinds: FactView['kind'][], direction: FactView['direction']) =>
  all.filter((f) => kinds.includes(f.kind) && f.direction === direction);

/** Country, Organization, Person, Place (with geo) or Event (exercises too) for an entity page. */
export function entityJsonLd(entity: EntityDetail, siteUrl: string): JsonLd {
  const base: JsonLd = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[entity.type],
    name: entity.name,
    url: absoluteUrl(siteUrl, entityHref(entity.type, entity.slug)),
    ...(entity.description ? { description: entity.description } : {}),
  };
  const aliases = [...new Set(entity.names.map((n) => n.name).filter((n) => n !== entity.name))];
  if (aliases.length > 0) base.alternateName = aliases;
  if (entity.coordinates && entity.type !== 'EXERCISE' && entity.type !== 'EVENT') base.geo = geo(entity.coordinates);
  if (entity.type !== 'EXERCISE' && entity.type !== 'EVENT') return base;
  const places = facts(entity.facts, ['HELD_IN', 'LOCATED_AT'], 'out').map((f) => ref(f.other, siteUrl));
  const organizers = facts(entity.facts, ['PARTICIPATED_IN'], 'in')
    .filter((f) => f.role === 'ORGANIZER' || f.role === 'HOST')
    .map((f) => ref(f.other, siteUrl));
  const location = places.length > 0 ? places : entity.coordinates ? [{ '@type': 'Place', name: entity.name, geo: geo(entity.coordinates) }] : [];
  return {
    ...base,
    ...(entity.start ? { startDate: day(entity.start) } : {}),
    ...(entity.end ? { endDate: day(entity.end) } : {}),
    ...(location.length > 0 ? { location: location.length === 1 ? location[0] : location } : {}),
    ...(organizers.length > 0 ? { organizer: organizers.length === 1 ? organizers[0] : organizers } : {}),
  };
}
