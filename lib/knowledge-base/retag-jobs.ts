import { TAGS } from '@/lib/platform/cache/tags';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadGazetteer, tagStoredArticle } from '@/lib/tagging/store';
import type { Tx } from './outcome';

const likePattern = (name: string) => `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Queues re-tagging of the articles a change of these names could affect: those that already
 * mention the entity, and those whose text contains one of the names (accents and case aside).
 */
export async function queueRetag(tx: Tx, entityId: string, names: string[], actorId: string | null): Promise<string> {
  const patterns = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].map(likePattern);
  const rows = await tx.$queryRaw<{ articleId: string }[]>`
    SELECT DISTINCT p."articleId" FROM "Paragraph" p
    WHERE p.id IN (SELECT m."paragraphId" FROM "Mention" m WHERE m."entityId" = ${entityId})
       OR unaccent(p.text) ILIKE ANY (SELECT unaccent(x) FROM unnest(${patterns}::text[]) x)
    ORDER BY 1`;
  const job = await tx.retagJob.create({ data: { entityId, articleIds: rows.map((r) => r.articleId), actorId }, select: { id: true } });
  return job.id;
}

export interface RetagProgress {
  id: string;
  status: string;
  done: number;
  total: number;
  error: string | null;
  finishedAt: string | null;
}

export async function retagProgress(db: PrismaClient, entityId: string): Promise<RetagProgress | null> {
  const job = await db.retagJob.findFirst({ where: { entityId }, orderBy: { createdAt: 'desc' }, select: { id: true, status: true, done: true, articleIds: true, error: true, finishedAt: true } });
  return job ? { id: job.id, status: job.status, done: job.done, total: job.articleIds.length, error: job.error, finishedAt: job.finishedAt?.toISOString() ?? null } : null;
}

/** A run still marked running after this long lost its worker (the queue retries it). */
const LOST_AFTER_MS = 30 * 60_000;

/**
 * Runs a job from the job queue (lib/platform/jobs): each article is re-tagged with the current names,
 * progress is written as it goes, and the pages of the articles and of every entity named in them
 * before or after are expired. A failure is recorded on the row and thrown again, so the queue
 * retries it; re-tagging an article twice gives the same mentions.
 */
export async function runRetagJob(db: PrismaClient, jobId: string, expire: (tags: string[]) => void): Promise<void> {
  const { count } = await db.retagJob.updateMany({
    where: {
      id: jobId,
      OR: [{ status: { in: ['queued', 'failed'] } }, { status: 'running', startedAt: { lt: new Date(Date.now() - LOST_AFTER_MS) } }],
    },
    data: { status: 'running', startedAt: new Date(), done: 0, error: null, finishedAt: null },
  });
  if (count !== 1) return;
  const job = await db.retagJob.findUniqueOrThrow({ where: { id: jobId }, select: { entityId: true, articleIds: true } });
  const tags = new Set<string>([TAGS.entity(job.entityId), TAGS.entities]);
  try {
    const gazetteer = await loadGazetteer(db);
    let done = 0;
    for (const articleId of job.articleIds) {
      const named = async () =>
        (await db.mention.findMany({ where: { paragraph: { articleId } }, distinct: ['entityId'], select: { entityId: true } })).map((m) => m.entityId);
      const before = await named();
      await tagStoredArticle(db, gazetteer, articleId);
      for (const id of [...before, ...(await named())]) tags.add(TAGS.entity(id));
      tags.add(TAGS.article(articleId));
      await db.retagJob.update({ where: { id: jobId }, data: { done: ++done } });
    }
    await db.retagJob.update({ where: { id: jobId }, data: { status: 'done', finishedAt: new Date() } });
  } catch (error) {
    await db.retagJob.update({ where: { id: jobId }, data: { status: 'failed', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() } });
    throw error;
  } finally {
    expire([...tags]);
  }
}
