import { recordAudit } from '@/lib/audit/record';
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
}

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
    select: { title: true, authors: true, sourceId: true, publishedAt: true, datePrecision: true, tzOffsetMinutes: true, era: true, note: true },
  },
} as const;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

function snapshot(row: ArticleRow): Prisma.InputJsonValue {
  const c = row.curation;
  return {
    curation: c ? { ...c, publishedAt: c.publishedAt?.toISOString() ?? null } : null,
    effective: { sourceId: row.sourceId, publishedAt: row.publishedAt?.toISOString() ?? null, era: row.era, eraBasis: row.eraBasis },
  };
}

class Refusal extends Error {}

/**
 * Saves an editor's metadata for an article and, in the same transaction, the effective values
 * lists sort and filter on (publication, date, era), with the audit record of both.
 */
export async function saveArticleCuration(
  db: PrismaClient,
  actorId: string,
  articleId: string,
  input: CurationInput,
): Promise<Outcome<{ slug: string; createdSource: boolean }>> {
  try {
    const value = await db.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id: articleId }, select: articleSelect });
      if (!before) throw new Refusal('This article no longer exists.');
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
    // Someone created the same publication at the same moment: saving again will find it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, message: 'That publication was just created by someone else. Save again to use it.' };
    }
    throw error;
  }
}
