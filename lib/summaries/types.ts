import type { EntityType, SummaryStatus } from '@/lib/generated/prisma/enums';

/** The longest summary an editor may save, in characters of Markdown. */
export const SUMMARY_MAX_LENGTH = 20_000;

/** What a summary is about: one article or one entity. */
export type SummaryTargetRef = { kind: 'article'; id: string } | { kind: 'entity'; id: string };

export interface SummaryTarget {
  kind: 'article' | 'entity';
  id: string;
  slug: string;
  /** The article's title (editor's over parsed) or the entity's name; null for an untitled article. */
  label: string | null;
  entityType: EntityType | null;
  /** The reader page that shows the summary. */
  readerHref: string;
  /** Where editors edit it. */
  editorHref: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

/** What editors see of a summary: the working draft and the published text side by side. */
export interface SummaryEditorView {
  id: string;
  status: SummaryStatus;
  draftBody: string;
  publishedBody: string | null;
  author: PersonRef;
  approvedBy: PersonRef | null;
  publishedAt: string | null;
  /** Version stamp: a save or approval based on an older one is refused, never an overwrite. */
  updatedAt: string;
  /** The reason given the last time a reviewer sent it back, while it is a draft again. */
  returnReason: string | null;
  /** True when a published text exists and the draft differs from it. */
  hasUnpublishedChanges: boolean;
  /** When an editor withdrew the published text, and why (readers see this instead). */
  retraction: { at: string; reason: string } | null;
}

export interface SummaryEditorData {
  target: SummaryTarget;
  summary: SummaryEditorView | null;
}

/** What readers see: only the approved text, with who wrote and who approved it. */
export interface PublishedSummary {
  /** Empty when the summary was retracted: readers then see the retraction instead. */
  body: string;
  authorName: string;
  approverName: string | null;
  publishedAt: string | null;
  retraction: { at: string; reason: string } | null;
}

export interface SummaryQueueItem {
  id: string;
  status: SummaryStatus;
  target: SummaryTarget;
  authorName: string;
  approverName: string | null;
  publishedAt: string | null;
  updatedAt: string;
  hasUnpublishedChanges: boolean;
}

export interface SummaryQueue {
  drafts: SummaryQueueItem[];
  inReview: SummaryQueueItem[];
  recentlyPublished: SummaryQueueItem[];
  /** Entities most named in the articles that have no summary yet, to start one. */
  entitiesWithout: { slug: string; name: string; type: EntityType; mentions: number }[];
}

/** HTML made by renderPlain, which sanitizes it: the one kind SummaryHtmlBody accepts. */
export type SummaryHtml = string & { readonly __sanitizedBy: 'renderPlain' };
