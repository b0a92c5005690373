import { z } from 'zod';

/** The roles a country or organization can have in an exercise (ParticipationRole). */
export const RECORD_ROLES = ['host', 'participant', 'observer', 'organizer', 'stayed-away'] as const;
export const RECORD_FACT_KINDS = ['member-of', 'participated-in', 'held-in', 'located-at', 'part-of'] as const;
export const MAX_QUOTE_WORDS = 25;

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case key');
const partialDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

const quote = z
  .string()
  .trim()
  .min(1)
  .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, `at most ${MAX_QUOTE_WORDS} words`);

export const referenceSchema = z.object({
  key,
  url: z.url({ protocol: /^https?$/ }),
  publication: z.string().trim().min(1),
  title: z.string().trim().min(1).nullable(),
  published: partialDate.nullable(),
  /** The search that finds the stored copy again. */
  query: z.string().trim().min(1),
});

const nameForm = z.object({
  name: z.string().trim().min(1),
  lang: z.string().min(2),
  kind: z.enum(['official', 'translation', 'transliteration', 'former', 'abbreviation', 'demonym', 'surname']),
  ambiguous: z.boolean().optional(),
});

const dates = z.object({ start: partialDate, end: partialDate.optional(), ref: key, quote });

/** A new entity, or (existing: true) an exercise already in lib/entities/seed/ whose dates the record sources. */
export const recordEntitySchema = z.union([
  z.object({
    key,
    type: z.enum(['exercise', 'place', 'country', 'organization']),
    subtype: z.string().min(1),
    name: z.string().trim().min(1),
    names: z.array(nameForm),
    contextWords: z.array(z.string().min(1)).optional(),
    description: z.string().trim().min(1).optional(),
    dates: dates.optional(),
    existing: z.undefined().optional(),
  }),
  z.object({ key, existing: z.literal(true), dates }),
]);

export const recordFactSchema = z.object({
  kind: z.enum(RECORD_FACT_KINDS),
  subject: key,
  object: key,
  role: z.enum(RECORD_ROLES).optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  ref: key,
  quote,
});

export const recordFileSchema = z.object({
  references: z.array(referenceSchema).min(1),
  entities: z.array(recordEntitySchema),
  facts: z.array(recordFactSchema),
});

export type RecordFile = z.infer<typeof recordFileSchema>;
export type RecordEntity = z.infer<typeof recordEntitySchema>;
export type RecordFact = z.infer<typeof recordFactSchema>;
