import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import { readDb } from '@/lib/platform/health/read-db';
import { entityForEditor, type EditorEntity } from './detail';
import { listEntitiesForEditor, type EditorListFilters, type EditorListItem } from './list';

export function getEditorEntityList(filters: EditorListFilters): Promise<{ items: EditorListItem[]; total: number }> {
  return readDb(() => listEntitiesForEditor(getDb(), filters));
}

/** Shared by generateMetadata and the page. */
export const getEditorEntity = cache(async (id: string): Promise<EditorEntity | null> => readDb(() => entityForEditor(getDb(), id)));
