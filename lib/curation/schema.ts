import { z } from 'zod';
import { rowId } from '@/lib/summaries/schema';

const trimmed = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label}: at most ${max.toLocaleString('en')} characters.`)
    .transform((v) => v.trim().replace(/\s+/g, ' '));

/** One author a line; duplicates and blank lines dropped. */
const authorLines = z
  .string()
  .max(4000)
  .transform((v) => [...new Set(v.split(/\r?\n/).map((a) => a.trim().replace(/\s+/g, ' ')).filter(Boolean))])
  .refine((list) => list.length <= 30, 'At most 30 authors.')
  .refine((list) => list.every((a) => a.length <= 200), 'Each author: at most 200 characters.');

export const curationSchema = z.object({
  articleId: rowId,
  title: trimmed(500, 'Title'),
  authors: authorLines,
  sourceId: z.union([z.literal(''), rowId]),
  newSource: trimmed(200, 'Publication'),
  publishedDate: z.string().max(40, 'Too long for a date.'),
  tzOffset: z.string().max(20, 'Too long for an offset.'),
  era: z.enum(['', 'CSTO_ERA', 'POST_2022', 'UNKNOWN']),
  note: z.string().max(2000, 'Note: at most 2,000 characters.').transform((v) => v.trim()),
  /** The editor's values the form started from, by when they were saved ('' when there were none). */
  baseSavedAt: z.union([z.literal(''), z.iso.datetime()]),
});

export const mentionDecisionSchema = z.object({ mentionId: rowId, decision: z.enum(['ACCEPTED', 'REJECTED']) });

/** An empty entity means every mention still proposed. */
export const bulkMentionSchema = z.object({ articleId: rowId, entityId: z.union([z.literal(''), rowId]), decision: z.enum(['ACCEPTED', 'REJECTED']) });

export const acceptCandidateSchema = z.object({
  candidateId: rowId,
  type: z.enum(['COUNTRY', 'ORGANIZATION', 'EXERCISE', 'PERSON', 'PLACE', 'EVENT']),
});

export const rejectCandidateSchema = z.object({ candidateId: rowId });

// A candidate group is named by its normalised name: lowercase words and digits, spaces between.
const normalizedName = z.string().min(1).max(300).regex(/^[\p{Ll}\p{Lo}\p{N}\p{M}]+(?: [\p{Ll}\p{Lo}\p{N}\p{M}]+)*$/u);
export const acceptCandidateGroupSchema = z.object({ normalized: normalizedName, type: acceptCandidateSchema.shape.type });
export const rejectCandidateGroupSchema = z.object({ normalized: normalizedName });
