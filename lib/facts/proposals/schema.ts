import { z } from 'zod';
import { rowId } from '@/lib/summaries/schema';

/** An article whose proposals' progress is asked for: by id, or by slug (all the import page knows). */
export const proposalProgressTarget = z.union([z.object({ id: rowId }).strict(), z.object({ slug: z.string().min(1).max(200).regex(/^[a-z0-9-]+$/) }).strict()]);

/** One proposal (`proposalId`), or every one still waiting in the article (`all`). */
export const proposalDecisionSchema = z.object({
  articleId: rowId,
  proposalId: z.union([z.literal(''), rowId]).default(''),
  decision: z.enum(['ACCEPTED', 'REJECTED', 'ACCEPT_ALL']),
});
