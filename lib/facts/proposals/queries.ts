import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { readProposalReview, type ProposalReview } from './read';
import { proposalProgress, type ProposalProgress } from './runs';

/** Shared by generateMetadata and the review page. */
export const getProposalReview = cache(async (articleId: string): Promise<ProposalReview | null> => {
  return readDb(() => readProposalReview(getDb(), articleId));
});

/** Where the job queue stands with the article's proposals (null: none was queued, as after `npm run ingest`). */
export async function getProposalProgress(articleId: string): Promise<ProposalProgress | null> {
  return readDb(() => proposalProgress(getDb(), articleId));
}
