// Zod schemas for what the brief actions receive: the shapes only. Rules that need the database
// (versions, roles, slugs in use) are the service's.
import { z } from 'zod';
import { firstIssue } from '@/lib/platform/forms/form-input';
import { BriefStatus } from '@/lib/generated/prisma/enums';
import { bodySizeError, MAX_NOTE, MAX_TITLE } from './limits';
import { MAX_SLUG, SLUG_PATTERN } from './slug';
import { failure, ok, type Result } from '@/lib/platform/result';

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

/** Why a step was taken: kept in the brief's history. The action and the service both read it here. */
export const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Give a reason; it is kept in the brief’s history.')
  .max(MAX_NOTE, `Keep the reason to ${MAX_NOTE} characters or fewer.`);

export const correctionNoteSchema = z
  .string()
  .trim()
  .max(MAX_NOTE, `Keep the correction note to ${MAX_NOTE} characters or fewer.`)
  .optional()
  .transform((v) => v || undefined);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Give the new address.')
  .max(MAX_SLUG, `Keep the address to ${MAX_SLUG} characters or fewer.`)
  .regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens (e.g. caspian-drills-2024).');

export const transitionSchema = z.object({
  briefId: briefIdSchema,
  to: z.enum(BriefStatus),
  reason: reasonSchema,
  /** As typed in a datetime-local input, read in `scheduledTz`. */
  scheduledLocal: optionalText,
  scheduledTz: optionalText,
  correctionNote: correctionNoteSchema,
  expectedVersion: z.coerce.number().int().positive().optional(),
});

export const renameSlugSchema = z.object({
  briefId: briefIdSchema,
  slug: slugSchema,
  reason: optionalText,
});

export const restoreRevisionSchema = z.object({
  briefId: briefIdSchema,
  number: z.coerce.number().int().positive().max(999_999),
  baseVersion: z.coerce.number().int().positive(),
});

export const searchSchema = z.string().trim().min(2).max(200);

/** The first message of a failed parse, as a failure on `field`. */
export function parseField<T>(schema: z.ZodType<T, unknown>, value: unknown, field: string): Result<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data) as Result<T>;
  return failure(firstIssue(parsed.error, 'This value is not valid.'), { code: 'invalid', field });
}

