import type { PrismaClient } from '@/lib/generated/prisma/client';
import { proposeForArticle } from './store';

type Tx = Pick<PrismaClient, 'factProposalRun'>;

/** Where an article's fact proposals stand: computed by the job queue after its import. */
export interface ProposalProgress {
  articleId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** How many facts the text states, once done. */
  proposed: number | null;
  error: string | null;
}

const STATUSES = new Set<ProposalProgress['status']>(['queued', 'running', 'done', 'failed']);

/** A queued run whose queue message has waited this long was never sent (see the sweep). */
export const STRANDED_RUN_MS = 60_000;

/** Records that an article's proposals are to be computed; the caller sends the job once this is committed. */
export async function markProposalsQueued(db: Tx, articleId: string): Promise<void> {
  const reset = { status: 'queued', proposed: null, error: null, queuedAt: new Date(), startedAt: null, finishedAt: null };
  await db.factProposalRun.upsert({ where: { articleId }, create: { articleId, ...reset }, update: reset });
}

/**
 * The job: proposes the facts the stored article states (lib/facts/proposals/store.ts) and records
 * the outcome. A failure is recorded and thrown again, so the queue retries it with backoff; an
 * article deleted meanwhile has nothing left to propose.
 */
export async function runFactProposals(db: PrismaClient, articleId: string): Promise<{ proposed: number } | null> {
  const started = await db.factProposalRun.updateMany({ where: { articleId }, data: { status: 'running', startedAt: new Date(), error: null } });
  if (started.count === 0 && !(await db.article.findUnique({ where: { id: articleId }, select: { id: true } }))) return null;
  try {
    const facts = await proposeForArticle(db, articleId);
    await db.factProposalRun.upsert({
      where: { articleId },
      create: { articleId, status: 'done', proposed: facts.length, startedAt: new Date(), finishedAt: new Date() },
      update: { status: 'done', proposed: facts.length, error: null, finishedAt: new Date() },
    });
    return { proposed: facts.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.factProposalRun.updateMany({ where: { articleId }, data: { status: 'failed', error: message.slice(0, 500), finishedAt: new Date() } }).catch(() => {});
    throw error;
  }
}

export async function proposalProgress(db: Pick<PrismaClient, 'factProposalRun'>, articleId: string): Promise<ProposalProgress | null> {
  const run = await db.factProposalRun.findUnique({ where: { articleId }, select: { articleId: true, status: true, proposed: true, error: true } });
  if (!run) return null;
  const status = STATUSES.has(run.status as ProposalProgress['status']) ? (run.status as ProposalProgress['status']) : 'failed';
  return { articleId: run.articleId, status, proposed: run.proposed, error: run.error };
}

/** Runs still queued long after they were recorded: their message was never sent. */
export async function strandedProposalRuns(db: Pick<PrismaClient, 'factProposalRun'>, now = Date.now()): Promise<string[]> {
  const rows = await db.factProposalRun.findMany({
    where: { status: 'queued', queuedAt: { lt: new Date(now - STRANDED_RUN_MS) } },
    select: { articleId: true },
    orderBy: { queuedAt: 'asc' },
    take: 100,
  });
  return rows.map((r) => r.articleId);
}
