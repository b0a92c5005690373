import type { PublishedSummary } from './types';

/**
 * The columns reader queries select for a summary: never the draft, so an unapproved text cannot
 * reach a reader page by mistake.
 */
export const publishedSummarySelect = {
  select: {
    publishedBody: true,
    publishedAt: true,
    author: { select: { name: true } },
    approvedBy: { select: { name: true } },
  },
} as const;

interface PublishedRow {
  publishedBody: string | null;
  publishedAt: Date | null;
  author: { name: string };
  approvedBy: { name: string } | null;
}

export function toPublishedSummary(row: PublishedRow | null | undefined): PublishedSummary | null {
  if (!row?.publishedBody) return null;
  return {
    body: row.publishedBody,
    authorName: row.author.name,
    approverName: row.approvedBy?.name ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
