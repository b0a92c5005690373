import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { BriefStatus, Role } from '@/lib/generated/prisma/enums';
import type { MarkdownProblem } from '@/lib/formats/markdown';
import type { Failure, Result } from '@/lib/platform/result';

/** The service takes its client as an argument, so the app, scripts and tests share it. */
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** Who acts: a signed-in person (SessionUser fits), or null for the publication timer. */
export interface Actor {
  id: string;
  role: Role;
}

export type BriefProblem = MarkdownProblem;

/**
 * Expected failures are returned, never thrown; `fieldErrors` names the input at fault, and a
 * brief that cannot be published (code 'problems') carries every problem found.
 */
export type BriefFailure = Failure<{ problems?: BriefProblem[] }>;

/** A brief service's answer: its value, or a failure that may list the brief's problems. */
export type BriefResult<T> = Result<T, { problems?: BriefProblem[] }>;

export interface DraftConflict {
  theirs: { title: string; body: string; version: number; updatedAt: Date; by?: string };
  yours: { title: string; body: string };
}

export type CreateBriefResult = BriefResult<{ id: string; slug: string; version: number }>;

/** A refused save on top of a newer version (code 'conflict') carries both texts. */
export type SaveDraftResult = Result<{ version: number; savedAt: Date; unchanged: boolean }, { conflict?: DraftConflict }>;

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

/** `verb`: the step taken (the audit verb), so that callers can tell whom it concerns. */
export type TransitionResult = BriefResult<{ status: BriefStatus; slug: string; revision?: number; verb?: string }>;

export type RenameSlugResult = BriefResult<{ slug: string; previous: string }>;

export const BRIEF_TARGET = 'brief';
