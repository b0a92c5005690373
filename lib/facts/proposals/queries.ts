import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { readProposalReview, type ProposalReview } from './read';

/** Shared by generateMetadata and the review page. */
export const getProposalReview = cache(async (articleId: string): Promise<ProposalReview | null> => {
  return readDb(() => readProposalReview(getDb(), articleId));
});
