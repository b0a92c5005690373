import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ok, type Result } from '@/lib/platform/result';
import { targetWhere } from './target';
import type { SummaryTargetRef } from './types';
import { saveSummaryDraft } from './workflow';

/**
 * The editor's autosave speaks in numeric versions, as the brief editor does: a summary's version
 * is its updatedAt in milliseconds (stored to the millisecond, so it round-trips exactly), and 0
 * means "no summary yet".
 */
export const summaryVersion = (updatedAt: Date | string | null | undefined): number => (updatedAt ? new Date(updatedAt).getTime() : 0);

/** Theirs, when someone saved since the version the editor started from. */
export interface SummaryConflict {
  body: string;
  version: number;
  updatedAt: Date;
  by: string;
}

export type AutosaveResult = Result<{ version: number; savedAt: Date }, { conflict?: SummaryConflict }>;

/**
 * Saves the working draft without sending it anywhere, never over a newer version: when someone
 * saved since `baseVersion`, the answer carries their text so the editor can show both.
 */
export async function autosaveSummary(
  db: PrismaClient,
  actorId: string,
  input: { target: SummaryTargetRef; body: string; baseVersion: number },
): Promise<AutosaveResult> {
  const baseUpdatedAt = input.baseVersion ? new Date(input.baseVersion).toISOString() : null;
  const result = await saveSummaryDraft(db, actorId, { target: input.target, body: input.body, baseUpdatedAt, submit: false });
  if (result.ok) return ok({ version: summaryVersion(result.value.updatedAt), savedAt: result.value.updatedAt });
  const current = await db.summary.findUnique({
    where: targetWhere(input.target),
    select: { id: true, draftBody: true, updatedAt: true, author: { select: { name: true } } },
  });
  if (!current || summaryVersion(current.updatedAt) === input.baseVersion) return { ok: false, message: result.message };
  // Who saved last is in the audit log; the author's name is shown when it cannot be found.
  const last = await db.auditLog.findFirst({
    where: { targetType: 'summary', targetId: current.id, action: { in: ['summary.save', 'summary.submit'] }, },
    orderBy: { createdAt: 'desc' },
    select: { actor: { select: { name: true } } },
  });
  return {
    ok: false,
    message: 'Someone else saved this summary while you were editing; compare the two texts.',
    conflict: { body: current.draftBody, version: summaryVersion(current.updatedAt), updatedAt: current.updatedAt, by: last?.actor?.name ?? current.author.name },
  };
}
