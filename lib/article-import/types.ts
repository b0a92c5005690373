import type { EntityType } from '@/lib/entities/types';
import type { DatePrecision, Era, EraBasis } from '@/lib/generated/prisma/enums';
import type { FieldSource } from '@/lib/importer/document-article';
import type { FurnitureKind } from '@/lib/importer';
import type { SourceFormat } from '@/lib/importer/sources/types';

/**
 * One fact proposed from an article's text (issue 11's `proposeFacts`): the shape of its import
 * report, so the preview can show proposals once that module is wired in (see preview.ts).
 */
/** A proposed fact as the import report shows it (see lib/facts/propose for how it is found). */
export interface ProposedFact {
  kind: 'participated-in' | 'held-in' | 'dated' | 'part-of-series';
  subject: string;
  /** Null for a date. */
  object: string | null;
  role: 'host' | 'participant' | 'observer' | 'organizer' | 'stayed-away' | null;
  from: string | null;
  to: string | null;
  /** Paragraph anchor, "p-3". */
  paragraph: string;
  quote: string;
}

export interface PreviewField<T> {
  value: T | null;
  source: FieldSource;
}

export interface PreviewDate {
  /** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM, as an editor would type it. */
  value: string;
  precision: DatePrecision;
  text: string;
}

export interface DuplicateRef {
  slug: string;
  url: string;
  title: string | null;
  /** Share of the text's word sequences the other article has too (1 = identical). */
  similarity: number;
}

export interface ImportPreview {
  file: string;
  format: SourceFormat;
  encoding: string | null;
  fields: {
    title: PreviewField<string>;
    authors: PreviewField<string[]>;
    publication: PreviewField<string>;
    published: PreviewField<PreviewDate>;
  };
  era: { value: Era; basis: EraBasis };
  suggestedTitle: string | null;
  slug: string;
  paragraphs: Array<{ anchor: string; kind: 'text' | 'heading'; text: string }>;
  removed: Array<{ kind: FurnitureKind; text: string }>;
  notes: string[];
  duplicates: { exact: DuplicateRef | null; near: DuplicateRef[] };
  candidates: Array<{ name: string; type: EntityType }>;
  mentions: Array<{ name: string; count: number }>;
  proposedFacts: ProposedFact[];
}

/** What an editor changed in the preview; absent fields keep what the importer read. */
export interface Corrections {
  title?: string;
  authors?: string[];
  publication?: string;
  published?: string;
  era?: Era;
}

/** One line of the import report, the same fields as `npm run ingest -- --json` (issue 11). */
export interface ImportReportFile {
  file: string;
  status: 'imported' | 'duplicate' | 'failed';
  error: string | null;
  slug: string | null;
  url: string | null;
  title: string | null;
  titleSuggested: boolean;
  authors: string[];
  publication: string | null;
  published: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  era: 'csto-era' | 'post-2022' | null;
  eraBasis: 'date' | 'estimated' | null;
  candidates: Array<{ name: string; type: EntityType }>;
  proposedFacts: ProposedFact[];
}
