// Zod schemas for what the brief actions receive: the shapes only. Rules that need the database
// (versions, roles, slugs in use) are the service's.
import { z } from 'zod';
import { BriefStatus } from '@/lib/generated/prisma/enums';
import { bodySizeError, MAX_NOTE, MAX_TITLE } from './service-limits';

// Prisma's cuid(): 25 lower-case letters and digits, starting with "c"; some slack for cuid2.
export const briefIdSchema = z.string().regex(/^[a-z][a-z0-9]{19,39}$/, 'This is not a brief id.');

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'Give the brief a title.')
  .max(MAX_TITLE, `Keep the title to ${MAX_TITLE} characters or fewer.`);

export const bodySchema = z.string().superRefine((body, ctx) => {
  const error = bodySizeError(body);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

export const saveDraftSchema = z.object({
  briefId: briefIdSchema,
  title: titleSchema,
  body: bodySchema,
  baseVersion: z.number().int().positive(),
});

export const previewSchema = z.object({ markdown: bodySchema });

const optionalText = z
  .string()
  .trim()
  .max(MAX_NOTE, `Keep it to ${MAX_NOTE} characters or fewer.`)
  .optional()
  .transform((v) => v || undefined);

export const transitionSchema = z.object({
  briefId: briefIdSchema,
  to: z.enum(BriefStatus),
  reason: z.string().trim().min(1, 'Give a reason; it is kept in the brief’s history.').max(MAX_NOTE, `Keep the reason to ${MAX_NOTE} characters or fewer.`),
  /** As typed in a datetime-local input, read in `scheduledTz`. */
  scheduledLocal: optionalText,
  scheduledTz: optionalText,
  correctionNote: optionalText,
  expectedVersion: z.coerce.number().int().positive().optional(),
});

export const renameSlugSchema = z.object({
  briefId: briefIdSchema,
  slug: z.string().trim().toLowerCase().min(1, 'Give the new address.').max(80, 'Keep the address to 80 characters or fewer.'),
  reason: optionalText,
});

export const restoreRevisionSchema = z.object({
  briefId: briefIdSchema,
  number: z.coerce.number().int().positive().max(999_999),
  baseVersion: z.coerce.number().int().positive(),
});

export const searchSchema = z.string().trim().min(2).max(200);

/** Field errors keyed by input name, as forms show them beside each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
