import { recordAudit } from '@/lib/platform/audit/record';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { Era } from '@/lib/generated/prisma/enums';
import type { EditorDate } from './date-input';
import { effectiveFields } from './effective';
import { findOrCreateSource } from './sources';
import type { Outcome, SourceChoice } from './types';

export interface CurationInput {
  /** null, [] and { kind: 'parsed' } clear the editor's value: the parsed one applies again. */
  title: string | null;
  authors: string[];
  source: SourceChoice;
  published: EditorDate | null;
  era: Era | null;
  note: string | null;
  /** When the editor's values the form started from were saved; null when there were none. */
  baseSavedAt: string | null;
}

/** What another editor saved since this form was loaded: shown beside the values being saved. */
export interface CurationConflict {
  savedAt: string;
  theirs: { title: string | null; authors: string[]; source: string | null; published: string | null; era: Era | null; note: string | null };
}

export type CurationOutcome = Outcome<{ slug: string; createdSource: boolean }> | { ok: false; message: string; conflict: CurationConflict };

export const STALE_CURATION =
  'Someone else saved this article’s metadata after you opened it, so nothing was saved. Their values are shown below and yours are still in the form: save again to replace theirs.';

const articleSelect = {
  id: true,
  slug: true,
  parsedSourceId: true,
  parsedPublishedAt: true,
  yearsMentioned: true,
  sourceId: true,
  publishedAt: true,
  era: true,
  eraBasis: true,
  curation: {
    select: {
      title: true,
      authors: true,
      sourceId: true,
      source: { select: { name: true } },
      publishedAt: true,
      datePrecision: true,
      tzOffsetMinutes: true,
      era: true,
      note: true,
      updatedAt: true,
    },
  },
} as const;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

function snapshot(row: ArticleRow): Prisma.InputJsonValue {
  const c = row.curation;
  return {
    curation: c
      ? {
          title: c.title,
          authors: c.authors,
          sourceId: c.sourceId,
          publishedAt: c.publishedAt?.toISOString() ?? null,
          datePrecision: c.datePrecision,
          tzOffsetMinutes: c.tzOffsetMinutes,
          era: c.era,
          note: c.note,
        }
      : null,
    effective: { sourceId: row.sourceId, publishedAt: row.publishedAt?.toISOString() ?? null, era: row.era, eraBasis: row.eraBasis },
  };
}

class Refusal extends Error {}

class Stale extends Error {
  constructor(readonly conflict: CurationConflict) {
    super(STALE_CURATION);
  }
}

function conflictOf(c: NonNullable<ArticleRow['curation']>): CurationConflict {
  const published = c.publishedAt ? c.publishedAt.toISOString().slice(0, c.datePrecision === 'YEAR' ? 4 : c.datePrecision === 'MONTH' ? 7 : 10) : null;
  return {
    savedAt: c.updatedAt.toISOString(),
    theirs: { title: c.title, authors: c.authors, source: c.source?.name ?? null, published, era: c.era, note: c.note },
  };
}

/**
 * Saves an editor's metadata for an article and, in the same transaction, the effective values
 * lists sort and filter on (publication, date, era), with the audit record of both.
 */
export async function saveArticleCuration(
  db: PrismaClient,
  actorId: string,
  articleId: string,
  input: CurationInput,
): Promise<CurationOutcome> {
  try {
    const value = await db.$transaction(async (tx) => {
      // Two saves of one article run one after the other, so the second sees the first's stamp.
      await tx.$executeRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
      const before = await tx.article.findUnique({ where: { id: articleId }, select: articleSelect });
      if (!before) throw new Refusal('This article no longer exists.');
      const savedAt = before.curation?.updatedAt.toISOString() ?? null;
      if (before.curation && savedAt !== input.baseSavedAt) throw new Stale(conflictOf(before.curation));
      let sourceId: string | null = null;
      let createdSource = false;
      if (input.source.kind === 'existing') {
        const found = await tx.source.findUnique({ where: { id: input.source.id }, select: { id: true } });
        if (!found) throw new Refusal('That publication no longer exists; choose another.');
        sourceId = found.id;
      } else if (input.source.kind === 'new') {
        ({ id: sourceId, created: createdSource } = await findOrCreateSource(tx, input.source.name));
      }
      const data = {
        title: input.title,
        authors: input.authors,
        sourceId,
        publishedAt: input.published?.publishedAt ?? null,
        datePrecision: input.published?.precision ?? null,
        tzOffsetMinutes: input.published?.tzOffsetMinutes ?? null,
        era: input.era,
        note: input.note,
      };
      await tx.articleCuration.upsert({ where: { articleId }, create: { articleId, ...data }, update: data });
      await tx.article.update({ where: { id: articleId }, data: effectiveFields(before, data) });
      const after = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: articleSelect });
      await recordAudit(tx, { actorId, action: 'article.curate', targetType: 'article', targetId: articleId, before: snapshot(before), after: snapshot(after) });
      return { slug: before.slug, createdSource };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    if (error instanceof Stale) return { ok: false, message: error.message, conflict: error.conflict };
    // Someone created the same publication at the same moment: saving again will find it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, message: 'That publication was just created by someone else. Save again to use it.' };
    }
    throw error;
  }
}
