import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { readArticleForCuration } from './article-review';
import { listCandidateGroups, type CandidateGroupPage } from './candidate-groups';
import { listArticlesForCuration } from './list';
import type { CurationArticle, CurationListPage } from './types';

export async function getCurationList(page: number): Promise<CurationListPage> {
  return readDb(() => listArticlesForCuration(getDb(), page));
}

/** Shared by generateMetadata and the page, so one request reads the article once. */
export const getArticleForCuration = cache(async (id: string): Promise<CurationArticle | null> => {
  return readDb(() => readArticleForCuration(getDb(), id));
});

export async function getCandidateGroups(page: number): Promise<CandidateGroupPage> {
  return readDb(() => listCandidateGroups(getDb(), page));
}
