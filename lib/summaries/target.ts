import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { entityHref } from '@/lib/entities/paths';
import type { SummaryTarget, SummaryTargetRef } from './types';

type Reader = Pick<Prisma.TransactionClient, 'article' | 'entity'>;

/** The columns a summary's target needs, for selects that include the summary's article or entity. */
export const targetSelect = {
  article: { select: { id: true, slug: true, parsedTitle: true, curation: { select: { title: true } } } },
  entity: { select: { id: true, slug: true, name: true, type: true } },
} as const;

interface ArticleRow {
  id: string;
  slug: string;
  parsedTitle: string | null;
  curation: { title: string | null } | null;
}

interface EntityRow {
  id: string;
  slug: string;
  name: string;
  type: EntityType;
}

export function articleTarget(a: ArticleRow): SummaryTarget {
  return {
    kind: 'article',
    id: a.id,
    slug: a.slug,
    label: a.curation?.title ?? a.parsedTitle,
    entityType: null,
    readerHref: `/articles/${a.slug}`,
    editorHref: `/editor/articles/${a.id}`,
  };
}

export function entityTarget(e: EntityRow): SummaryTarget {
  return {
    kind: 'entity',
    id: e.id,
    slug: e.slug,
    label: e.name,
    entityType: e.type,
    readerHref: entityHref(e.type, e.slug),
    editorHref: `/editor/summaries/entity/${e.slug}`,
  };
}

export function toTarget(row: { article: ArticleRow | null; entity: EntityRow | null }): SummaryTarget | null {
  if (row.article) return articleTarget(row.article);
  if (row.entity) return entityTarget(row.entity);
  return null;
}

export async function loadTarget(db: Reader, ref: SummaryTargetRef): Promise<SummaryTarget | null> {
  if (ref.kind === 'article') {
    const a = await db.article.findUnique({ where: { id: ref.id }, select: targetSelect.article.select });
    return a ? articleTarget(a) : null;
  }
  const e = await db.entity.findUnique({ where: { id: ref.id }, select: targetSelect.entity.select });
  return e ? entityTarget(e) : null;
}

export function targetWhere(ref: SummaryTargetRef): { articleId: string } | { entityId: string } {
  return ref.kind === 'article' ? { articleId: ref.id } : { entityId: ref.id };
}
