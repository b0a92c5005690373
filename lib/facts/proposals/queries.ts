import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { readDb } from '@/lib/health/read-db';
import { readProposalReview, type ProposalReview } from './read';

/** Shared by generateMetadata and the review page. */
export const getProposalReview = cache(async (articleId: string): Promise<ProposalReview | null> => {
  return readDb(() => readProposalReview(getDb(), articleId));
});
