import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { readSummaryForEditor, readSummaryQueue } from './read';
import type { SummaryEditorData, SummaryQueue } from './types';

export async function getSummaryQueue(): Promise<SummaryQueue> {
  return readDb(() => readSummaryQueue(getDb()));
}

export const getArticleSummaryForEditor = cache(async (articleId: string): Promise<SummaryEditorData | null> => {
  return readDb(() => readSummaryForEditor(getDb(), { kind: 'article', id: articleId }));
});

/** By the entity's current slug; shared by generateMetadata and the page. */
export const getEntitySummaryForEditor = cache(async (slug: string): Promise<SummaryEditorData | null> => {
  return readDb(async () => {
    const db = getDb();
    const entity = await db.entity.findUnique({ where: { slug }, select: { id: true } });
    return entity ? readSummaryForEditor(db, { kind: 'entity', id: entity.id }) : null;
  });
});
