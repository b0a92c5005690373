import type { Prisma } from '@/lib/generated/prisma/client';
import type { BriefStatus } from '@/lib/generated/prisma/enums';

/**
 * The steps the job queue's timer takes on its own (lib/briefs/service/publish.ts): a scheduled
 * brief published at its time, or sent back to draft because it could no longer be published.
 * Nobody took them, so they have no actor; an editor who cancels a schedule does.
 */
export const TIMER_STEPS = { from: 'SCHEDULED', actorId: null, to: { in: ['PUBLISHED', 'DRAFT'] } } satisfies Prisma.BriefStatusChangeWhereInput;

export interface TimerStep {
  outcome: 'published' | 'failed';
  at: Date;
  /** For a failure, why ("Scheduled publication failed: …"). */
  reason: string;
}

/** The step as a timer step, or null when someone took it. */
export function timerStep(change: { from: BriefStatus | null; to: BriefStatus; actorId: string | null; reason: string; at: Date }): TimerStep | null {
  if (change.from !== 'SCHEDULED' || change.actorId !== null) return null;
  if (change.to === 'PUBLISHED') return { outcome: 'published', at: change.at, reason: change.reason };
  if (change.to === 'DRAFT') return { outcome: 'failed', at: change.at, reason: change.reason };
  return null;
}
