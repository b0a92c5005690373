import type { PublishedSummary } from './types';

/**
 * The columns reader queries select for a summary: never the draft, so an unapproved text cannot
 * reach a reader page by mistake.
 */
export const publishedSummarySelect = {
  select: {
    publishedBody: true,
    publishedAt: true,
    retractedAt: true,
    retractionReason: true,
    author: { select: { name: true } },
    approvedBy: { select: { name: true } },
  },
} as const;

interface PublishedRow {
  publishedBody: string | null;
  publishedAt: Date | null;
  retractedAt: Date | null;
  retractionReason: string | null;
  author: { name: string };
  approvedBy: { name: string } | null;
}

export function toPublishedSummary(row: PublishedRow | null | undefined): PublishedSummary | null {
  if (!row) return null;
  const credit = { authorName: row.author.name, approverName: row.approvedBy?.name ?? null, publishedAt: row.publishedAt?.toISOString() ?? null };
  if (row.publishedBody) return { body: row.publishedBody, ...credit, retraction: null };
  // A retracted summary is not silently gone: readers are told when and why.
  if (row.retractedAt) return { body: '', ...credit, retraction: { at: row.retractedAt.toISOString(), reason: row.retractionReason ?? '' } };
  return null;
}
