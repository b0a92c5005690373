import { Prisma } from '@/lib/generated/prisma/client';

export type Tx = Prisma.TransactionClient;

/** What the editor saved against, and what is there now: both are shown when a save is refused. */
export interface Conflict {
  theirs: Record<string, string>;
  /** Saving again on top of theirs claims this version. */
  version: number;
  updatedAt: string;
}

export type KbOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; conflict?: Conflict };

/** An expected refusal: its message is shown to the editor as it is. */
export class Refusal extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
  }
}

/** Someone saved a newer version since the form was read. */
export class StaleEdit extends Error {
  constructor(readonly conflict: Conflict) {
    super('stale');
  }
}

/** Runs a write: refusals, stale versions and unique-key races become outcomes; anything else is a fault. */
export async function attemptWrite<T>(run: () => Promise<T>): Promise<KbOutcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    if (error instanceof StaleEdit) {
      return {
        ok: false,
        message: 'Someone else saved this while you were editing. Nothing of yours was saved and nothing of theirs was overwritten: compare the two versions below.',
        conflict: error.conflict,
      };
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, message: 'That is already taken (someone may have just saved the same). Check and try again.' };
    }
    throw error;
  }
}
