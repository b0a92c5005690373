import type { EntityType, Era, EraBasis, ParagraphKind, PublicationProvenance } from '@/lib/generated/prisma/enums';
import type { PublishedDate } from '@/lib/formats/text/published-date';

export interface SourceRef {
  slug: string;
  name: string;
  abbreviation: string | null;
}

/** A value shown to readers, with where it came from: the text itself, or an editor. */
export interface Attributed<T> {
  value: T;
  by: 'source' | 'editor';
}

export interface ArticleListItem {
  slug: string;
  title: Attributed<string> | null;
  /** Shown, marked as such, where the source has no title. */
  opening: string;
  authors: Attributed<string[]> | null;
  source: Attributed<SourceRef> | null;
  published: Attributed<PublishedDate> | null;
  era: Era;
  eraBasis: EraBasis;
}

export interface ParagraphMention {
  start: number;
  end: number;
  href: string;
  entityName: string;
  entityType: EntityType;
}

export interface ArticleParagraph {
  position: number;
  anchor: string;
  kind: ParagraphKind;
  text: string;
  /** Entity mentions at [start, end) of text, ordered and never overlapping. */
  mentions: ParagraphMention[];
}

export interface ArticleDetail extends ArticleListItem {
  id: string;
  publicationProvenance: PublicationProvenance | null;
  publicationEvidence: string | null;
  issue: string | null;
  /** The publisher's page the text was read from, when known (an import by address, a saved page). */
  address: string | null;
  dateText: string | null;
  yearsMentioned: number[];
  importNotes: string[];
  removedFurniture: { kind: string; text: string }[];
  importedAt: string;
  paragraphs: ArticleParagraph[];
}

export interface ArticlePage {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}
