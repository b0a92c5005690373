import { z } from 'zod';
import { SUMMARY_MAX_LENGTH } from './types';

/** Row ids are Prisma cuids: lowercase letters and digits. Anything else cannot exist. */
export const rowId = z.string().regex(/^[a-z0-9]{20,32}$/, 'Not a valid id.');
/** The version stamp a form was rendered with (Summary.updatedAt). */
const versionStamp = z.iso.datetime();

/** What a summary is of, and its text: the same rules for a save, a submission and an autosave. */
const summaryDraft = {
  targetKind: z.enum(['article', 'entity']),
  targetId: rowId,
  body: z
    .string()
    .max(SUMMARY_MAX_LENGTH, `At most ${SUMMARY_MAX_LENGTH.toLocaleString('en')} characters.`)
    .refine((b) => b.trim().length > 0, 'Write the summary first.'),
};

export const saveSummarySchema = z.object({
  ...summaryDraft,
  baseUpdatedAt: z.union([z.literal(''), versionStamp]).transform((v) => v || null),
  intent: z.enum(['save', 'submit']),
});

export const approveSummarySchema = z.object({ summaryId: rowId, baseUpdatedAt: versionStamp });

export const returnSummarySchema = approveSummarySchema.extend({
  reason: z
    .string()
    .max(2000, 'At most 2,000 characters.')
    .refine((r) => r.trim().length > 0, 'Say what needs to change.'),
});

export const retractSummarySchema = approveSummarySchema.extend({
  reason: z
    .string()
    .max(1000, 'At most 1,000 characters.')
    .refine((r) => r.trim().length > 0, 'Say why it is retracted: readers see the reason.'),
});

/** The editor's autosave: the draft only (never a submission), guarded by the numeric version. */
export const autosaveSummarySchema = z.object({
  ...summaryDraft,
  baseVersion: z.number().int().nonnegative(),
});

export const summaryPreviewSchema = z.object({ markdown: z.string().max(SUMMARY_MAX_LENGTH * 2) });
