import { recordAudit } from '@/lib/platform/audit/record';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BriefStatus } from '@/lib/generated/prisma/enums';
import { checkPublishable, publishRevision } from './publish';
import { findRule, mayTransition, STATUS_LABELS } from './rules';
import { correctionNoteSchema, parseField, reasonSchema } from './inputs';
import { isTimeZone } from './schedule';
import { failure, ok, type Result } from '@/lib/platform/result';
import { BRIEF_TARGET, type Actor, type Db, type TransitionInput, type TransitionResult } from './types';


interface Loaded {
  id: string;
  slug: string;
  title: string;
  body: string;
  version: number;
  status: BriefStatus;
  authorId: string;
}

interface SimpleStep {
  to: BriefStatus;
  verb: string;
  reason: string;
  data: Prisma.BriefUpdateManyMutationInput;
  after?: Prisma.InputJsonObject;
}

/** A step that changes only the status (and schedule): claimed by a conditional update. */
async function simpleStep(db: Db, actor: Actor, brief: Loaded, step: SimpleStep): Promise<TransitionResult> {
  return db.$transaction(async (tx): Promise<TransitionResult> => {
    const { count } = await tx.brief.updateMany({ where: { id: brief.id, status: brief.status, version: brief.version }, data: { ...step.data, status: step.to } });
    if (count !== 1) return failure('The brief was saved or moved on by someone else meanwhile; reload it and try again.', { code: 'stale' });
    await tx.briefStatusChange.create({ data: { briefId: brief.id, from: brief.status, to: step.to, reason: step.reason, actorId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `brief.${step.verb}`,
      targetType: BRIEF_TARGET,
      targetId: brief.id,
      before: { status: brief.status },
      after: { status: step.to, ...step.after },
      reason: step.reason,
    });
    return ok({ status: step.to, slug: brief.slug, verb: step.verb });
  });
}

function checkSchedule(input: TransitionInput, now: Date): Result<{ scheduledFor: Date; scheduledTz: string }> {
  const { scheduledFor, scheduledTz } = input;
  if (!scheduledTz || !isTimeZone(scheduledTz)) return failure('Choose a time zone from the list (an IANA zone such as Asia/Almaty).', { code: 'invalid', field: 'scheduledTz' });
  if (!scheduledFor || Number.isNaN(scheduledFor.getTime())) return failure('Give the date and time of publication.', { code: 'invalid', field: 'scheduledFor' });
  if (scheduledFor.getTime() <= now.getTime()) return failure('The publication time has already passed; choose a time in the future or publish now.', { code: 'invalid', field: 'scheduledFor' });
  return ok({ scheduledFor, scheduledTz });
}

/**
 * Moves a brief through its workflow (see service-rules.ts). Every step keeps its reason in the
 * brief's history and the audit log; publishing also refuses a brief with any render problem.
 */
export async function transition(db: Db, actor: Actor, briefId: string, to: BriefStatus, input: TransitionInput): Promise<TransitionResult> {
  const parsedReason = parseField(reasonSchema, input.reason, 'reason');
  if (!parsedReason.ok) return parsedReason;
  const reason = parsedReason.value;
  const parsedNote = parseField(correctionNoteSchema, input.correctionNote, 'correctionNote');
  if (!parsedNote.ok) return parsedNote;
  const correctionNote = parsedNote.value ?? null;

  const brief = await db.brief.findUnique({
    where: { id: briefId },
    select: { id: true, slug: true, title: true, body: true, version: true, status: true, authorId: true, trashedAt: true },
  });
  if (!brief) return failure('This brief no longer exists.', { code: 'not-found' });
  if (brief.trashedAt) return failure('This brief is in the trash: restore it first.', { code: 'invalid' });
  const rule = findRule(brief.status, to);
  if (!rule) return failure(`A brief that is ${STATUS_LABELS[brief.status].toLowerCase()} cannot be moved to ${STATUS_LABELS[to].toLowerCase()}.`, { code: 'invalid' });
  if (!mayTransition(actor, brief, to)) return failure('Your role does not allow this step.', { code: 'forbidden' });
  if (input.expectedVersion !== undefined && input.expectedVersion !== brief.version) {
    return failure(`The draft has been saved since you looked at it (now version ${brief.version}); review the latest text first.`, { code: 'stale' });
  }
  const now = input.now ?? new Date();

  if (to === 'PUBLISHED') {
    if (brief.status === 'PUBLISHED' && !correctionNote) {
      return failure('Say what changed: readers see the correction note with the new revision.', { code: 'invalid', field: 'correctionNote' });
    }
    const checked = await checkPublishable(db, brief.title, brief.body);
    if (!checked.ok) return checked;
    const published = await publishRevision(db, {
      briefId,
      from: brief.status,
      version: brief.version,
      title: brief.title,
      body: brief.body,
      citations: checked.value.citations,
      figures: checked.value.figures,
      actorId: actor.id,
      publishedById: actor.id,
      reason,
      correctionNote,
      verb: rule.verb,
    });
    return published.ok ? ok({ ...published.value, verb: rule.verb }) : published;
  }

  if (to === 'SCHEDULED') {
    const schedule = checkSchedule(input, now);
    if (!schedule.ok) return schedule;
    const checked = await checkPublishable(db, brief.title, brief.body);
    if (!checked.ok) return checked;
    return simpleStep(db, actor, brief, {
      to,
      verb: rule.verb,
      reason,
      data: schedule.value,
      after: { scheduledFor: schedule.value.scheduledFor.toISOString(), scheduledTz: schedule.value.scheduledTz, correctionNote },
    });
  }

  if (to === 'IN_REVIEW') {
    // A reviewer's time goes to the argument, not to citations that do not resolve.
    const checked = await checkPublishable(db, brief.title, brief.body);
    if (!checked.ok) return checked;
  }

  return simpleStep(db, actor, brief, { to, verb: rule.verb, reason, data: { scheduledFor: null, scheduledTz: null } });
}
