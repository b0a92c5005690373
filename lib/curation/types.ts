import type { PublishedDate } from '@/lib/formats/text/published-date';
import type { EntityType, Era, EraBasis, ParagraphKind, ReviewStatus } from '@/lib/generated/prisma/enums';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Where an editor's publication comes from: none (the parsed one stands), a known one, a new name. */
export type SourceChoice = { kind: 'parsed' } | { kind: 'existing'; id: string } | { kind: 'new'; name: string };

export interface SourceOption {
  id: string;
  name: string;
}

/** What the editor's metadata form shows: the importer's values beside the editor's. */
export interface CurationValues {
  title: string | null;
  authors: string[];
  sourceId: string | null;
  published: PublishedDate | null;
  era: Era | null;
  note: string | null;
}

export interface MentionReviewRow {
  id: string;
  surface: string;
  before: string;
  after: string;
  method: string;
  status: ReviewStatus;
  entity: { id: string; slug: string; type: EntityType; name: string; href: string };
}

export interface CandidateReviewRow {
  id: string;
  surface: string;
  before: string;
  after: string;
  kind: string;
  suggestedType: EntityType;
  status: ReviewStatus;
  /** For an accepted candidate: the entity it became. */
  entityHref: string | null;
}

export interface ReviewParagraph {
  position: number;
  kind: ParagraphKind;
  mentions: MentionReviewRow[];
  candidates: CandidateReviewRow[];
}

export interface CurationArticle {
  id: string;
  slug: string;
  fileName: string | null;
  /** The title readers see (editor's over parsed), or the opening words when there is none. */
  displayTitle: string;
  parsed: {
    title: string | null;
    authors: string[];
    source: SourceOption | null;
    published: PublishedDate | null;
    dateText: string | null;
    yearsMentioned: number[];
    importNotes: string[];
  };
  curation: (CurationValues & { updatedAt: string }) | null;
  effective: { sourceName: string | null; published: PublishedDate | null; era: Era; eraBasis: EraBasis };
  sources: SourceOption[];
  /** Only paragraphs with something to review, in reading order. */
  paragraphs: ReviewParagraph[];
  counts: { proposedMentions: number; proposedCandidates: number };
}

export interface CurationListItem {
  id: string;
  slug: string;
  title: string | null;
  opening: string;
  missing: { title: boolean; author: boolean; publication: boolean; date: boolean };
  proposedCandidates: number;
  proposedMentions: number;
  importedAt: string;
}

export interface CurationListPage {
  items: CurationListItem[];
  total: number;
  page: number;
  pageCount: number;
}
