import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { BriefStatus, Role } from '@/lib/generated/prisma/enums';
import type { MarkdownProblem } from '@/lib/formats/markdown';

/** The service takes its client as an argument, so the app, scripts and tests share it. */
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** Who acts: a signed-in person (SessionUser fits), or null for the publication timer. */
export interface Actor {
  id: string;
  role: Role;
}

export type BriefProblem = MarkdownProblem;

export type FailureCode = 'not-found' | 'forbidden' | 'invalid' | 'stale';

/** Expected failures are returned, never thrown; `field` names the input at fault. */
export type ServiceFailure =
  | { ok: false; code: FailureCode; message: string; field?: string }
  | { ok: false; code: 'problems'; message: string; problems: BriefProblem[] };

export interface DraftConflict {
  theirs: { title: string; body: string; version: number; updatedAt: Date; by?: string };
  yours: { title: string; body: string };
}

export type CreateBriefResult = { ok: true; id: string; slug: string; version: number } | ServiceFailure;

export type SaveDraftResult =
  | { ok: true; version: number; savedAt: Date; unchanged: boolean }
  | { ok: false; code: 'conflict'; message: string; conflict: DraftConflict }
  | ServiceFailure;

export interface TransitionInput {
  /** Why: shown in the brief's history; required for every step. */
  reason: string;
  scheduledFor?: Date;
  /** IANA zone the editor chose, e.g. Asia/Almaty. */
  scheduledTz?: string;
  /** Shown to readers with a republished revision. */
  correctionNote?: string;
  /** The draft version the actor reviewed; a save since then refuses the step. */
  expectedVersion?: number;
  now?: Date;
}

export type TransitionResult =
  /** `verb`: the step taken (the audit verb), so that callers can tell whom it concerns. */
  | { ok: true; status: BriefStatus; slug: string; revision?: number; verb?: string }
  | ServiceFailure;

export type RenameSlugResult = { ok: true; slug: string; previous: string } | ServiceFailure;

export const fail = (code: FailureCode, message: string, field?: string): ServiceFailure =>
  field ? { ok: false, code, message, field } : { ok: false, code, message };

export const BRIEF_TARGET = 'brief';
