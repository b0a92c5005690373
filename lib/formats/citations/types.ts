import type { DatePrecision } from '@/lib/generated/prisma/enums';

export interface CiteDate {
  /** ISO instant; read in UTC to the given precision. */
  iso: string;
  precision: DatePrecision;
}

/** What every style needs to know about a work, from the real fields: null where the source says nothing. */
export interface CitableWork {
  title: string | null;
  /** Stands for the title when there is none: "Untitled article beginning “After gaining…”". */
  description: string;
  /** Personal authors as written ("Toghrul Ali"); empty when unknown. */
  authors: string[];
  /** The source that published it, or this site for briefs. */
  publisher: string | null;
  date: CiteDate | null;
  /** A permanent address: a revision's permalink, or an article (with #p-n for a paragraph). */
  url: string;
  /** For a single claim: the paragraph's number. */
  paragraph?: number;
  /** For a brief: the revision cited. */
  revision?: number;
  /** When the reader looked; shown where a style asks for it (undated works). */
  accessed: Date;
}

export type CitationStyle = 'chicago' | 'apa' | 'bibtex';
export const CITATION_STYLES: { style: CitationStyle; label: string }[] = [
  { style: 'chicago', label: 'Chicago' },
  { style: 'apa', label: 'APA' },
  { style: 'bibtex', label: 'BibTeX' },
];
