import { z } from 'zod';
import type { ActionResult } from '@/lib/platform/auth/session';
import { fieldErrors } from '@/lib/platform/forms/form-input';
import { PeopleError } from './errors';

/** What the people forms' actions return: the result, and what was typed (never passwords). */
export type PeopleFormState<T = undefined> = ActionResult<T> & { values?: Record<string, string> };

/** The named fields of a submission as strings ('' when absent), for zod and for echoing back. */
export function formFields<K extends string>(formData: unknown, names: readonly K[]): Record<K, string> {
  // Actions can be called with anything; a missing or forged form reads as empty fields.
  const form = formData instanceof FormData ? formData : null;
  const entries = names.map((n) => {
    const v = form?.get(n);
    return [n, typeof v === 'string' ? v : ''] as const;
  });
  return Object.fromEntries(entries) as Record<K, string>;
}

export function invalid(error: z.ZodError, values: Record<string, string>): PeopleFormState<never> {
  return { ok: false, message: 'Check the highlighted fields.', fieldErrors: fieldErrors(error), values };
}

/** An expected refusal becomes a message; anything else is a fault and goes to the error page. */
export function refusal(error: unknown, values: Record<string, string>): PeopleFormState<never> {
  if (!(error instanceof PeopleError)) throw error;
  return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined, values };
}
