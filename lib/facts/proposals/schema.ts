import { z } from 'zod';
import { rowId } from '@/lib/summaries/schema';

/** One proposal (`proposalId`), or every one still waiting in the article (`all`). */
export const proposalDecisionSchema = z.object({
  articleId: rowId,
  proposalId: z.union([z.literal(''), rowId]).default(''),
  decision: z.enum(['ACCEPTED', 'REJECTED', 'ACCEPT_ALL']),
});
