import 'server-only';
import { cache } from 'react';
import { tagPageDerived } from '@/lib/platform/cache/page-tags';
import { TAGS } from '@/lib/platform/cache/tags';
import { getDb } from '@/lib/platform/db';
import type { EntityRef } from '@/lib/entities/dto';
import { findCountry } from '@/lib/entities/queries';
import { readCached } from '@/lib/platform/health/read-db';
import { compareSources, exerciseRecords, filterOptions, keyEvents } from './records';
import type { ExerciseRecord, KeyEvent } from './types';

export interface CompareData {
  records: ExerciseRecord[];
  events: KeyEvent[];
  /** Countries and organizations to offer in the filters. */
  options: { countries: EntityRef[]; organizations: EntityRef[] };
}

/**
 * Everything a comparison view reads, in one read per render. The view is kept in the page cache
 * under the `compare` tag, which expires with any entity or article the read saw (compareSources):
 * a fact, an exercise, a participant, a place, a cited article, or a new entity.
 */
export const loadCompareData = cache(async (): Promise<CompareData> => {
  const { sources, ...data } = await readCached(async () => {
    const db = getDb();
    const [records, events, options, tags] = await Promise.all([exerciseRecords(db), keyEvents(db), filterOptions(db), compareSources(db)]);
    return { records, events, options, sources: tags };
  }, () => []);
  await tagPageDerived(TAGS.compare, [TAGS.entities, ...sources]);
  return data;
});

/**
 * The countries of a view's path, for a cached view: null when one is unknown. A rename or a new
 * name expires `entities` (lib/knowledge-base), so a view resolved here is kept under that tag.
 */
export const resolveCountriesCached = cache(async (key: string): Promise<(EntityRef | null)[]> => {
  const slugs = JSON.parse(key) as string[];
  const db = getDb();
  return readCached(() => Promise.all(slugs.map((s) => findCountry(db, s))), () => [TAGS.entities]);
});
