import { briefHref, revisionHref } from '@/lib/briefs/paths';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ENTITY_TYPES, entityHref, TYPE_SEGMENTS } from '@/lib/entities/paths';
import { absoluteUrl, escapeXml } from './escape';

/**
 * Sitemaps in parts: search engines take at most 50,000 URLs (and 50 MB) per file, and a portal
 * of a hundred thousand articles has more. /sitemap.xml is an index of parts by section
 * (/sitemaps/articles-0.xml, articles-1.xml, …), each read with one bounded query, so neither
 * file grows with the archive.
 */
export const URLS_PER_SITEMAP = 10_000;

export const SITEMAP_SECTIONS = ['pages', 'briefs', 'entities', 'articles'] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];

export interface SitemapPart {
  section: SitemapSection;
  index: number;
}

export interface SitemapUrl {
  path: string;
  lastModified?: Date;
}

const STATIC_PATHS = ['/', '/articles', '/briefs', '/entities', '/compare'];

export const partPath = ({ section, index }: SitemapPart) => `/sitemaps/${section}-${index}.xml`;

/** "articles-3.xml" → { section: 'articles', index: 3 }; null for anything else. */
export function parsePartFile(file: string): SitemapPart | null {
  const match = /^([a-z]+)-(0|[1-9][0-9]{0,5})\.xml$/.exec(file);
  const section = SITEMAP_SECTIONS.find((s) => s === match?.[1]);
  return section && match ? { section, index: Number(match[2]) } : null;
}

const publishedBriefRevisions = { brief: { status: 'PUBLISHED' } } as const;

/** A brief's revisions yield two URLs at most each (the latest also gives the brief's own page). */
const revisionsPerPart = (perFile: number) => Math.max(1, Math.floor(perFile / 2));

/** Every part there is, in section order; empty sections have none. */
export async function sitemapParts(db: PrismaClient, perFile = URLS_PER_SITEMAP): Promise<SitemapPart[]> {
  const [revisions, entities, articles] = await Promise.all([
    db.briefRevision.count({ where: publishedBriefRevisions }),
    db.entity.count(),
    db.article.count(),
  ]);
  const parts = (section: SitemapSection, rows: number, per: number): SitemapPart[] =>
    Array.from({ length: Math.ceil(rows / per) }, (_, index) => ({ section, index }));
  return [
    { section: 'pages', index: 0 },
    ...parts('briefs', revisions, revisionsPerPart(perFile)),
    ...parts('entities', entities, perFile),
    ...parts('articles', articles, perFile),
  ];
}

/** The URLs of one part, or null when there is no such part (a 404, not an empty file). */
export async function sitemapPartUrls(db: PrismaClient, { section, index }: SitemapPart, perFile = URLS_PER_SITEMAP): Promise<SitemapUrl[] | null> {
  if (section === 'pages') {
    if (index !== 0) return null;
    return [...STATIC_PATHS, ...ENTITY_TYPES.map((type) => `/${TYPE_SEGMENTS[type]}`)].map((path) => ({ path }));
  }
  let urls: SitemapUrl[];
  if (section === 'articles') {
    const rows = await db.article.findMany({
      orderBy: { slug: 'asc' },
      skip: index * perFile,
      take: perFile,
      select: { slug: true, importedAt: true },
    });
    urls = rows.map((a) => ({ path: `/articles/${a.slug}`, lastModified: a.importedAt }));
  } else if (section === 'entities') {
    const rows = await db.entity.findMany({
      orderBy: [{ type: 'asc' }, { slug: 'asc' }],
      skip: index * perFile,
      take: perFile,
      select: { slug: true, type: true, updatedAt: true },
    });
    urls = rows.map((e) => ({ path: entityHref(e.type, e.slug), lastModified: e.updatedAt }));
  } else {
    const per = revisionsPerPart(perFile);
    const rows = await db.briefRevision.findMany({
      where: publishedBriefRevisions,
      orderBy: [{ brief: { slug: 'asc' } }, { number: 'asc' }],
      skip: index * per,
      take: per,
      select: { number: true, publishedAt: true, brief: { select: { slug: true, revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } } } },
    });
    urls = rows.flatMap((r) => [
      ...(r.brief.revisions[0]?.number === r.number ? [{ path: briefHref(r.brief.slug), lastModified: r.publishedAt }] : []),
      { path: revisionHref(r.brief.slug, r.number), lastModified: r.publishedAt },
    ]);
  }
  return urls.length > 0 || index === 0 ? urls : null;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function urlsetXml(siteUrl: string, urls: readonly SitemapUrl[]): string {
  const entries = urls.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
    return `<url><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc>${lastmod}</url>`;
  });
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${entries.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(siteUrl: string, parts: readonly SitemapPart[]): string {
  const entries = parts.map((part) => `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, partPath(part)))}</loc></sitemap>`);
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';
