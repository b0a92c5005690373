export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

export interface ParsedDate {
  /** UTC instant, ISO 8601. Dates without a time are midnight UTC of the stated calendar day. */
  iso: string;
  precision: DatePrecision;
  /** Offset stated in the text (EDT → -240, UTC+04:00 → 240), else null. */
  tzOffsetMinutes: number | null;
  /** The date exactly as written in the document. */
  text: string;
}

export type PublicationProvenance = 'label' | 'header' | 'footer' | 'text';

export interface ParsedPublication {
  name: string;
  abbreviation: string | null;
  provenance: PublicationProvenance;
  evidence: string;
}

export interface ParsedParagraph {
  kind: 'text' | 'heading';
  text: string;
}

export type FurnitureKind =
  | 'site-header'
  | 'repeated-headline'
  | 'section-label'
  | 'image-credit'
  | 'image-caption'
  | 'related-list'
  | 'glued-site-name'
  | 'share-widget'
  | 'other';

export interface RemovedFurniture {
  kind: FurnitureKind;
  text: string;
}

export interface ParsedArticle {
  title: string | null;
  authors: string[];
  publication: ParsedPublication | null;
  issue: string | null;
  published: ParsedDate | null;
  paragraphs: ParsedParagraph[];
  removed: RemovedFurniture[];
  notes: string[];
  yearsMentioned: number[];
  /** The page the text was read from, when an "Address:" header line states it. */
  address?: string;
}
