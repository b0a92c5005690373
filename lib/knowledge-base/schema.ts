import { z } from 'zod';
import { rowId } from '@/lib/summaries/schema';

// A field the form does not show (the reference fields beside a cited paragraph) reads as empty.
const text = (max: number, label: string) => z.string().max(max, `${label}: at most ${max.toLocaleString('en')} characters.`).default('');
const ENTITY_TYPES = ['COUNTRY', 'ORGANIZATION', 'EXERCISE', 'PERSON', 'PLACE', 'EVENT'] as const;
export const FACT_KINDS = ['PARTICIPATED_IN', 'HELD_IN', 'MEMBER_OF', 'PART_OF', 'LOCATED_AT', 'LEADS', 'COMMANDS', 'SIGNED', 'MET'] as const;
export const ROLES = ['HOST', 'PARTICIPANT', 'OBSERVER', 'ORGANIZER', 'STAYED_AWAY'] as const;
export const NAME_KINDS = ['OFFICIAL', 'TRANSLATION', 'TRANSLITERATION', 'FORMER', 'ABBREVIATION', 'DEMONYM', 'SURNAME'] as const;

export const entityFieldsSchema = z.object({
  name: text(200, 'Name'),
  description: text(2000, 'Description'),
  subtype: text(80, 'Subtype'),
  contextWords: text(1000, 'Context words'),
  latitude: text(30, 'Latitude'),
  longitude: text(30, 'Longitude'),
  coordinatesNote: text(500, 'Where the coordinates come from'),
  start: text(10, 'Start'),
  end: text(10, 'End'),
  datesCitation: text(300, 'Paragraph'),
  datesNote: text(500, 'Note on the dates'),
});

export const createEntitySchema = entityFieldsSchema.extend({
  type: z.enum(ENTITY_TYPES, 'Choose a type.'),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'A language code such as en, ru or kk-Cyrl.'),
});

const versioned = { entityId: rowId, version: z.coerce.number().int().min(0) };
export const updateEntitySchema = entityFieldsSchema.extend(versioned);
export const renameSlugSchema = z.object({ ...versioned, slug: text(120, 'Address').transform((v) => v.trim().toLowerCase()) });
export const retireSchema = z.object({ ...versioned, retire: z.enum(['yes', 'no']), reason: text(500, 'Reason') });
export const mergeSchema = z.object({ ...versioned, duplicate: text(300, 'Duplicate').refine((v) => v.trim().length > 0, 'Give the duplicate’s address.') });

export const addNameSchema = z.object({
  entityId: rowId,
  name: text(200, 'Name'),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'A language code with its script where it matters: en, ru, kk-Cyrl.'),
  kind: z.enum(NAME_KINDS, 'Choose what kind of name it is.'),
  ambiguous: z.literal('on').optional(),
});
export const nameIdSchema = z.object({ nameId: rowId });
export const ambiguousSchema = z.object({ nameId: rowId, ambiguous: z.enum(['yes', 'no']) });

export const factSchema = z.object({
  kind: z.enum(FACT_KINDS, 'Choose what kind of fact it is.'),
  subject: text(300, 'Subject'),
  object: text(300, 'Object'),
  role: z.union([z.literal(''), z.enum(ROLES)]),
  from: text(10, 'From'),
  to: text(10, 'To'),
  supportKind: z.enum(['paragraph', 'reference'], 'Say what the fact rests on.'),
  citation: text(300, 'Paragraph'),
  quote: text(1000, 'Quote'),
  url: text(2000, 'Address'),
  publication: text(200, 'Publication'),
  title: text(500, 'Title'),
  published: text(10, 'Published'),
});
export const correctFactSchema = factSchema.extend({ factId: rowId, version: z.coerce.number().int().min(0), reason: text(500, 'Reason') });
export const retractFactSchema = z.object({ factId: rowId, version: z.coerce.number().int().min(0), reason: text(500, 'Reason') });

export type FactFields = z.infer<typeof factSchema>;
