import type { PrismaClient } from '@/lib/generated/prisma/client';
import { briefHref } from '@/lib/briefs/paths';
import { TIMER_STEPS, timerStep } from '@/lib/briefs/timer-steps';
import { briefPublishedMessage, briefPublishedOnScheduleMessage, briefReturnedMessage, reviewRequestMessage, scheduledPublicationFailedMessage } from './messages';
import type { Mailer, MailMessage } from './mailer';

/** The workflow steps that tell someone: the audit verbs of lib/briefs/service/rules.ts. */
export type NoticeVerb = 'submit' | 'publish' | 'republish' | 'request-changes';

export function isNoticeVerb(verb: string): verb is NoticeVerb {
  return verb === 'submit' || verb === 'publish' || verb === 'republish' || verb === 'request-changes';
}

/**
 * Who hears of a step: a submission goes to every active editor and admin but the submitter; a
 * publication or a return goes to the brief's author, unless the author took the step.
 */
export async function briefNotices(db: PrismaClient, input: { briefId: string; verb: NoticeVerb; actorId: string; reason: string; siteUrl: string }): Promise<MailMessage[]> {
  const brief = await db.brief.findUnique({
    where: { id: input.briefId },
    select: { title: true, slug: true, author: { select: { id: true, email: true, name: true, active: true } } },
  });
  const actor = await db.user.findUnique({ where: { id: input.actorId }, select: { name: true } });
  if (!brief || !actor) return [];
  const editorUrl = new URL(`/editor/briefs/${input.briefId}`, input.siteUrl).toString();
  if (input.verb === 'submit') {
    const reviewers = await db.user.findMany({
      where: { active: true, role: { in: ['EDITOR', 'ADMIN'] }, id: { not: input.actorId } },
      select: { email: true },
      orderBy: { email: 'asc' },
    });
    return reviewers.map((r) => reviewRequestMessage({ to: r.email, title: brief.title, author: actor.name, reason: input.reason, url: editorUrl }));
  }
  const author = brief.author;
  if (!author.active || author.id === input.actorId) return [];
  if (input.verb === 'request-changes') {
    return [briefReturnedMessage({ to: author.email, title: brief.title, by: actor.name, reason: input.reason, url: editorUrl })];
  }
  return [briefPublishedMessage({ to: author.email, title: brief.title, by: actor.name, url: new URL(briefHref(brief.slug), input.siteUrl).toString() })];
}

/**
 * What the author hears when the timer took the brief's last scheduled step: published on time, or
 * back to draft with the reason. Nothing when the author is inactive or the timer took no step.
 */
export async function scheduledNotices(db: PrismaClient, input: { briefId: string; siteUrl: string }): Promise<MailMessage[]> {
  const brief = await db.brief.findUnique({
    where: { id: input.briefId },
    select: {
      title: true,
      slug: true,
      author: { select: { id: true, email: true, active: true } },
      statusChanges: { where: TIMER_STEPS, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { from: true, to: true, actorId: true, reason: true, createdAt: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, publishedBy: { select: { id: true, name: true } } } },
    },
  });
  const change = brief?.statusChanges[0];
  const step = change ? timerStep({ ...change, at: change.createdAt }) : null;
  if (!brief || !step || !brief.author.active) return [];
  const to = brief.author.email;
  if (step.outcome === 'failed') {
    const url = new URL(`/editor/briefs/${input.briefId}`, input.siteUrl).toString();
    return [scheduledPublicationFailedMessage({ to, title: brief.title, at: step.at, reason: step.reason, url })];
  }
  const revision = brief.revisions[0];
  if (!revision) return [];
  const url = new URL(briefHref(brief.slug), input.siteUrl).toString();
  return [briefPublishedOnScheduleMessage({ to, title: brief.title, at: step.at, scheduledBy: revision.publishedBy.id === brief.author.id ? null : revision.publishedBy.name, revision: revision.number, url })];
}

/** Sends each notice; one address that fails does not keep the others from theirs. */
export async function sendAll(mailer: Mailer, messages: MailMessage[]): Promise<void> {
  const results = await Promise.allSettled(messages.map((m) => mailer.send(m)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length) throw new AggregateError(failed.map((r) => r.reason), `${failed.length} of ${messages.length} notices could not be sent`);
}
