import { recordAudit } from '@/lib/platform/audit/record';
import { snapshotFigures, type FigureSnapshot } from '@/lib/compare/figure-snapshot';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BriefStatus } from '@/lib/generated/prisma/enums';
import { renderBrief } from '@/lib/formats/markdown';
import { toCitationSnapshot, type CitedText } from '../citation-snapshot';
import { loadResolvers } from '../resolvers';
import { failure, ok, type Failure } from '@/lib/platform/result';
import { BRIEF_TARGET, type BriefProblem, type BriefResult, type Db, type TransitionResult } from './types';

export const SCHEDULED_REASON = 'scheduled publication';

type Checked = BriefResult<{ citations: CitedText[]; figures: FigureSnapshot[] }>;

function describeProblems(problems: BriefProblem[]): string {
  const first = problems[0];
  const where = first ? ` First: line ${first.line}:${first.column}, ${first.message}` : '';
  return `The brief cannot be published while it has ${problems.length} problem${problems.length === 1 ? '' : 's'}.${where}`;
}

/** Renders the draft as readers would get it; any problem (unknown citation or entity, bad syntax) refuses publication. */
export async function checkPublishable(db: Db, title: string, body: string): Promise<Checked> {
  if (!title.trim()) return failure('Give the brief a title before publishing it.', { code: 'invalid', field: 'title' });
  if (!body.trim()) return failure('The brief is empty; write it before publishing.', { code: 'invalid', field: 'body' });
  const rendered = renderBrief(body, await loadResolvers(body, { db }));
  if (rendered.problems.length > 0) return { ok: false, code: 'problems', message: describeProblems(rendered.problems), problems: rendered.problems };
  // Figures are computed now and stored with the revision, so its permalink keeps them as published.
  return ok({ citations: toCitationSnapshot(rendered.citations), figures: await snapshotFigures(db, rendered.figures) });
}

export interface PublishStep {
  briefId: string;
  from: BriefStatus;
  /** The draft version that was checked: a save since then makes the step stale. */
  version: number;
  title: string;
  body: string;
  citations: CitedText[];
  figures: FigureSnapshot[];
  actorId: string | null;
  publishedById: string;
  reason: string;
  correctionNote: string | null;
  verb: string;
}

/**
 * Puts the draft on show as an immutable revision (number = previous + 1), with the cited
 * paragraphs as they read now. Re-publishing an unchanged, unpublished brief shows its last
 * revision again rather than duplicating it.
 */
export async function publishRevision(db: Db, step: PublishStep): Promise<TransitionResult> {
  return db.$transaction(async (tx): Promise<TransitionResult> => {
    const latest = await tx.briefRevision.findFirst({
      where: { briefId: step.briefId },
      orderBy: { number: 'desc' },
      select: { number: true, title: true, body: true },
    });
    const unchanged = latest !== null && latest.title === step.title && latest.body === step.body;
    if (unchanged && step.from === 'PUBLISHED') {
      return failure(`Nothing has changed since revision ${latest.number}; edit the brief before republishing.`, { code: 'invalid' });
    }
    const { count } = await tx.brief.updateMany({
      where: { id: step.briefId, status: step.from, version: step.version },
      data: { status: 'PUBLISHED', scheduledFor: null, scheduledTz: null },
    });
    if (count !== 1) return failure('The brief was saved or moved on by someone else meanwhile; reload it and try again.', { code: 'stale' });
    const revision = unchanged
      ? latest
      : await tx.briefRevision.create({
          data: {
            briefId: step.briefId,
            number: (latest?.number ?? 0) + 1,
            title: step.title,
            body: step.body,
            citations: step.citations,
            figures: step.figures as unknown as Prisma.InputJsonValue,
            correctionNote: step.correctionNote,
            publishedById: step.publishedById,
          },
          select: { number: true },
        });
    await tx.briefStatusChange.create({ data: { briefId: step.briefId, from: step.from, to: 'PUBLISHED', reason: step.reason, actorId: step.actorId } });
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: step.briefId }, select: { slug: true } });
    await recordAudit(tx, {
      actorId: step.actorId,
      action: `brief.${step.verb}`,
      targetType: BRIEF_TARGET,
      targetId: step.briefId,
      before: { status: step.from, revision: latest?.number ?? null },
      after: { status: 'PUBLISHED', revision: revision.number, citations: step.citations.length, correctionNote: step.correctionNote },
      reason: step.reason,
    });
    return ok({ status: 'PUBLISHED' as const, slug: brief.slug, revision: revision.number });
  });
}

/**
 * Returns a brief whose scheduled publication cannot happen to its author as a draft, saying why;
 * false when another round (or an editor) moved it first.
 */
async function returnToDraft(db: Db, brief: { id: string; version: number }, failure: Failure): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.brief.updateMany({
      where: { id: brief.id, status: 'SCHEDULED', version: brief.version },
      data: { status: 'DRAFT', scheduledFor: null, scheduledTz: null },
    });
    if (count !== 1) return false;
    const reason = `Scheduled publication failed: ${failure.message}`.slice(0, 1000);
    await tx.briefStatusChange.create({ data: { briefId: brief.id, from: 'SCHEDULED', to: 'DRAFT', reason, actorId: null } });
    await recordAudit(tx, { actorId: null, action: 'brief.schedule-failed', targetType: BRIEF_TARGET, targetId: brief.id, before: { status: 'SCHEDULED' }, after: { status: 'DRAFT' }, reason });
    return true;
  });
}

/** Who scheduled the brief and the correction note they gave: the latest 'brief.schedule' entry. */
async function scheduledBy(db: Db, briefId: string): Promise<{ actorId: string | null; correctionNote: string | null }> {
  const entry = await db.auditLog.findFirst({
    where: { targetType: BRIEF_TARGET, targetId: briefId, action: 'brief.schedule' },
    orderBy: { createdAt: 'desc' },
    select: { actorId: true, after: true },
  });
  const after = entry?.after;
  const note = after && typeof after === 'object' && !Array.isArray(after) ? after.correctionNote : null;
  return { actorId: entry?.actorId ?? null, correctionNote: typeof note === 'string' ? note : null };
}

export interface DuePublications {
  published: string[];
  /** Ids of the briefs published, for expiring their cached pages. */
  publishedIds: string[];
  /** Slugs sent back to draft because they could not be published (their history says why). */
  failed: string[];
  /** Ids of the briefs sent back to draft. */
  failedIds: string[];
}

/**
 * Publishes every scheduled brief whose time has come. Safe to call on every read and from a
 * timer at once: each brief is claimed by a conditional update, so it is published only once.
 */
export async function publishDueBriefs(db: Db, now: Date = new Date()): Promise<DuePublications> {
  const due = await db.brief.findMany({
    where: { status: 'SCHEDULED', scheduledFor: { lte: now } },
    orderBy: { scheduledFor: 'asc' },
    select: { id: true, slug: true, title: true, body: true, version: true, authorId: true },
  });
  const result: DuePublications = { published: [], publishedIds: [], failed: [], failedIds: [] };
  for (const brief of due) {
    const checked = await checkPublishable(db, brief.title, brief.body);
    if (!checked.ok) {
      if (await returnToDraft(db, brief, checked)) {
        result.failed.push(brief.slug);
        result.failedIds.push(brief.id);
      }
      continue;
    }
    const by = await scheduledBy(db, brief.id);
    const done = await publishRevision(db, {
      briefId: brief.id,
      from: 'SCHEDULED',
      version: brief.version,
      title: brief.title,
      body: brief.body,
      citations: checked.value.citations,
      figures: checked.value.figures,
      actorId: null,
      publishedById: by.actorId ?? brief.authorId,
      reason: SCHEDULED_REASON,
      correctionNote: by.correctionNote,
      verb: 'publish',
    });
    if (done.ok) {
      result.published.push(done.value.slug);
      result.publishedIds.push(brief.id);
    }
  }
  return result;
}
