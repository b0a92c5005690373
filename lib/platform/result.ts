import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The one result of services and server actions. Expected refusals (a rule of the domain, a stale
 * form, a name already taken) come back as a `Failure`; anything else is thrown, and reaches the
 * error boundary and the log unrelabelled. A domain adds its own typed extras to the failure
 * (`Failure<{ conflict: DraftConflict }>`), never another shape.
 */
export type FieldErrors = Record<string, string[]>;

/** `limited`: too many attempts, try later; `expired`: what the request continued (a sign-in) has ended. */
export type FailureCode = 'not-found' | 'forbidden' | 'invalid' | 'stale' | 'conflict' | 'problems' | 'taken' | 'unavailable' | 'limited' | 'expired';

export type Failure<Extra extends object = object> = { ok: false; message: string; code?: FailureCode; fieldErrors?: FieldErrors } & Extra;

export type Success<T> = { ok: true; message?: string } & (undefined extends T ? { value?: T } : { value: T });

export type Result<T = undefined, Extra extends object = object> = Success<T> | Failure<Extra>;

export function ok<T>(value: T, message?: string): { ok: true; value: T; message?: string } {
  return message === undefined ? { ok: true, value } : { ok: true, value, message };
}

/** A failure; `field` names the one input the message is about. */
export function failure(message: string, options: { code?: FailureCode; field?: string; fieldErrors?: FieldErrors } = {}): Failure {
  const { code, field } = options;
  const fieldErrors = options.fieldErrors ?? (field ? { [field]: [message] } : undefined);
  return { ok: false, message, ...(code ? { code } : {}), ...(fieldErrors ? { fieldErrors } : {}) };
}

/** What the editor saved against, and what is there now: both are shown when a save is refused. */
export interface Conflict {
  theirs: Record<string, string>;
  /** Saving again on top of theirs claims this version. */
  version: number;
  updatedAt: string;
}

/**
 * An expected refusal thrown inside a transaction (which then changes nothing); `attempt` turns it
 * into a failure whose message is shown as it is.
 */
export class Refusal extends Error {
  readonly code?: FailureCode;
  readonly fieldErrors?: FieldErrors;
  /** The domain's typed extras of the failure (what is there now, say), returned with it. */
  readonly extra?: object;
  constructor(message: string, options: { code?: FailureCode; field?: string; fieldErrors?: FieldErrors; extra?: object } = {}) {
    super(message);
    this.name = 'Refusal';
    this.code = options.code;
    this.fieldErrors = failure(message, options).fieldErrors;
    this.extra = options.extra;
  }
}

/** Someone saved a newer version since the form was read. */
export class StaleEdit extends Error {
  constructor(readonly conflict: Conflict) {
    super('stale');
    this.name = 'StaleEdit';
  }
}

export const STALE_EDIT_MESSAGE =
  'Someone else saved this while you were editing. Nothing of yours was saved and nothing of theirs was overwritten: compare the two versions below.';
export const TAKEN_MESSAGE = 'That is already taken (someone may have just saved the same). Check and try again.';

/**
 * Refusals, stale versions and unique-key races as failures; anything else is rethrown. `taken`
 * says what a unique-key race means where it happens.
 */
export function expectedFailure(error: unknown, taken = TAKEN_MESSAGE): Failure<{ conflict?: Conflict }> {
  if (error instanceof Refusal) {
    return {
      ok: false,
      message: error.message,
      ...(error.code ? { code: error.code } : {}),
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...error.extra,
    };
  }
  if (error instanceof StaleEdit) return { ok: false, code: 'stale', message: STALE_EDIT_MESSAGE, conflict: error.conflict };
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, code: 'taken', message: taken };
  throw error;
}

/** Runs a write: refusals, stale versions and unique-key races become failures; anything else is a fault. */
export async function attempt<T>(run: () => Promise<T>, options: { taken?: string } = {}): Promise<Result<T, { conflict?: Conflict }>> {
  try {
    return ok(await run()) as Result<T, { conflict?: Conflict }>;
  } catch (error) {
    return expectedFailure(error, options.taken);
  }
}
