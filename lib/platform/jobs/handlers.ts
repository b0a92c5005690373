import { z } from 'zod';
import { TAGS } from '@/lib/platform/cache/tags';
import { publishDueBriefs, purgeTrash } from '@/lib/briefs/service';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { runFactProposals, strandedProposalRuns } from '@/lib/facts/proposals/runs';
import { scheduledNotices, sendAll } from '@/lib/platform/mail/brief-notices';
import type { Mailer } from '@/lib/platform/mail/mailer';
import { runRetagJob } from '@/lib/knowledge-base/retag-jobs';
import { QUEUES, type QueueName } from './queues';

export interface JobContext {
  db: PrismaClient;
  /** Expires cached pages (this process's cache, or the shared one when there is one). */
  expire: (tags: string[]) => void;
  /** Queues a re-tagging job (used by the sweep). */
  sendRetag: (retagJobId: string) => Promise<void>;
  /** Queues an article's fact proposals (used by the sweep). */
  sendProposals: (articleId: string) => Promise<void>;
  /** Queues the author's notice of a step the timer took on a brief. */
  sendBriefNotice: (briefId: string) => Promise<void>;
  /** Null when SMTP_URL is unset: nobody is mailed, and no notice is queued. */
  mailer: Mailer | null;
  /** The public origin links in mail are built on (SITE_URL). */
  siteUrl: string;
}

const retagData = z.object({ retagJobId: z.string().min(1).max(64) });
const proposalData = z.object({ articleId: z.string().min(1).max(64) });
const noticeData = z.object({ briefId: z.string().min(1).max(64) });

/** A queued RetagJob row whose message has waited this long was never sent. */
const STRANDED_MS = 60_000;

/** What each queue's worker does with one job's data; a throw makes pg-boss retry it. */
export function jobHandlers(ctx: JobContext): Record<QueueName, (data: unknown) => Promise<unknown>> {
  return {
    [QUEUES.publishDue]: async () => {
      const done = await publishDueBriefs(ctx.db, new Date());
      if (done.publishedIds.length) ctx.expire([TAGS.briefs, ...done.publishedIds.map(TAGS.brief)]);
      // Each notice is a job of its own: a mail server that is away delays it (retried with
      // backoff), and never makes this round run again.
      if (ctx.mailer) for (const briefId of [...done.publishedIds, ...done.failedIds]) await ctx.sendBriefNotice(briefId);
      return { published: done.published, failed: done.failed };
    },
    [QUEUES.briefNotice]: async (data) => {
      const { briefId } = noticeData.parse(data);
      if (!ctx.mailer) return { sent: 0 };
      const messages = await scheduledNotices(ctx.db, { briefId, siteUrl: ctx.siteUrl });
      await sendAll(ctx.mailer, messages);
      return { sent: messages.length };
    },
    [QUEUES.purgeTrash]: async () => ({ purged: await purgeTrash(ctx.db, new Date()) }),
    [QUEUES.retag]: async (data) => {
      const { retagJobId } = retagData.parse(data);
      await runRetagJob(ctx.db, retagJobId, ctx.expire);
      return { retagJobId };
    },
    [QUEUES.proposeFacts]: async (data) => {
      const { articleId } = proposalData.parse(data);
      // Proposals are editors' pages only, which are not cached: nothing to expire.
      const done = await runFactProposals(ctx.db, articleId);
      return { articleId, proposed: done?.proposed ?? null };
    },
    [QUEUES.searchMaintenance]: async () => {
      // Triggers keep each row current; after bulk imports the planner's statistics and the
      // table's dead rows lag, which is what makes ranked search slow, so refresh both.
      await ctx.db.$executeRawUnsafe('VACUUM (ANALYZE) "SearchDocument"');
      return { vacuumed: 'SearchDocument' };
    },
    [QUEUES.sweep]: async () => {
      const stranded = await ctx.db.retagJob.findMany({
        where: { status: 'queued', createdAt: { lt: new Date(Date.now() - STRANDED_MS) } },
        select: { id: true },
        take: 100,
      });
      for (const job of stranded) await ctx.sendRetag(job.id);
      const proposals = await strandedProposalRuns(ctx.db);
      for (const articleId of proposals) await ctx.sendProposals(articleId);
      return { requeued: stranded.length + proposals.length };
    },
  };
}
