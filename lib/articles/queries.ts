import 'server-only';
import { cache } from 'react';
import { getReaderDb as getDb } from '@/lib/platform/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Era } from '@/lib/generated/prisma/enums';
import { entityHref } from '@/lib/entities/paths';
import { TAGS } from '@/lib/platform/cache/tags';
import { readCached, readDb as read } from '@/lib/platform/health/read-db';
import { publishedSummarySelect, toPublishedSummary } from '@/lib/summaries/published';
import type { PublishedSummary } from '@/lib/summaries/types';
import type { ArticleDetail, ArticlePage, ArticleListItem, SourceRef } from './dto';
import { listSelect, toListItem } from './effective';
import { relatedArticles, type RelatedArticle } from './related';

export const PAGE_SIZE = 20;

// Newest first; undated articles after dated ones, then most recently imported.
const newestFirst = [
  { publishedAt: { sort: 'desc', nulls: 'last' } },
  { importedAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

export interface ArticleFilter {
  era?: Era;
  sourceSlug?: string;
  page: number;
}

export async function listArticles({ era, sourceSlug, page }: ArticleFilter): Promise<ArticlePage> {
  const where: Prisma.ArticleWhereInput = {
    ...(era ? { era } : {}),
    ...(sourceSlug ? { source: { slug: sourceSlug } } : {}),
  };
  return read(async () => {
    const db = getDb();
    const [total, rows] = await Promise.all([
      db.article.count({ where }),
      db.article.findMany({
        where,
        orderBy: newestFirst,
        skip: (page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: listSelect,
      }),
    ]);
    return {
      items: rows.map(toListItem),
      total,
      page,
      pageSize: PAGE_SIZE,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    };
  });
}

/** For the cached home page. */
export async function latestArticles(limit: number): Promise<ArticleListItem[]> {
  return readCached(
    async () => {
      const rows = await getDb().article.findMany({ orderBy: newestFirst, take: limit, select: listSelect });
      return rows.map(toListItem);
    },
    () => [TAGS.articles],
    [],
  );
}

export async function listSources(): Promise<(SourceRef & { articleCount: number })[]> {
  return read(async () => {
    const rows = await getDb().source.findMany({
      where: { articles: { some: {} } },
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, abbreviation: true, _count: { select: { articles: true } } },
    });
    return rows.map(({ _count, ...s }) => ({ ...s, articleCount: _count.articles }));
  });
}

/**
 * Shared by generateMetadata and the page, so one request reads the article once. The page is
 * cached under the article's tag; an unknown slug under the article lists' (an import may add it).
 */
export const getArticle = cache(async (slug: string): Promise<(ArticleDetail & { summary: PublishedSummary | null }) | null> => {
  return readCached(async () => {
    const row = await getDb().article.findUnique({
      where: { slug },
      select: {
        ...listSelect,
        id: true,
        parsedPublicationProvenance: true,
        parsedPublicationEvidence: true,
        parsedIssue: true,
        parsedAddress: true,
        parsedDateText: true,
        yearsMentioned: true,
        importNotes: true,
        removedFurniture: true,
        importedAt: true,
        summary: publishedSummarySelect,
        paragraphs: {
          orderBy: { position: 'asc' },
          select: {
            position: true,
            kind: true,
            text: true,
            mentions: {
              where: { status: { not: 'REJECTED' } },
              orderBy: { start: 'asc' },
              select: { start: true, end: true, entity: { select: { slug: true, type: true, name: true } } },
            },
          },
        },
      },
    });
    if (!row) return null;
    const firstText = row.paragraphs.find((p) => p.kind === 'TEXT');
    return {
      ...toListItem({ ...row, paragraphs: firstText ? [firstText] : [] }),
      id: row.id,
      publicationProvenance: row.parsedPublicationProvenance,
      publicationEvidence: row.parsedPublicationEvidence,
      issue: row.parsedIssue,
      address: row.parsedAddress,
      dateText: row.parsedDateText,
      yearsMentioned: row.yearsMentioned,
      importNotes: row.importNotes,
      removedFurniture: parseFurniture(row.removedFurniture),
      importedAt: row.importedAt.toISOString(),
      summary: toPublishedSummary(row.summary),
      paragraphs: row.paragraphs.map((p) => ({
        position: p.position,
        kind: p.kind,
        text: p.text,
        anchor: `p-${p.position}`,
        mentions: nonOverlapping(p.mentions).map((m) => ({
          start: m.start,
          end: m.end,
          href: entityHref(m.entity.type, m.entity.slug),
          entityName: m.entity.name,
          entityType: m.entity.type,
        })),
      })),
    };
  }, (article) => (article ? [TAGS.article(article.id)] : [TAGS.articles]));
});

// Editors may accept a mention that overlaps a proposed one; the earlier, longer one is shown.
function nonOverlapping<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const out: T[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

function parseFurniture(value: Prisma.JsonValue): { kind: string; text: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === 'object' && !Array.isArray(item) && typeof item.kind === 'string' && typeof item.text === 'string'
      ? [{ kind: item.kind, text: item.text }]
      : [],
  );
}

/**
 * Articles sharing this one's rarer entities (lib/articles/related.ts). The page expires with each
 * listed article; an article imported later joins the list when this page next expires.
 */
export const getRelatedArticles = cache(async (articleId: string): Promise<RelatedArticle[]> =>
  readCached(() => relatedArticles(getDb(), articleId), (list) => list.map((r) => TAGS.article(r.id))),
);
