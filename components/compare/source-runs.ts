import type { EntityRef } from '@/lib/entities/dto';
import type { Sourced } from '@/lib/compare/types';

/** Two sources are the same when they point to the same paragraph or page with the same words. */
export function sourceKey(source: Sourced<null>): string {
  const { citation, reference, editorNote } = source;
  if (citation) return `c\u0000${citation.articleSlug}\u0000${citation.position}\u0000${citation.quote ?? ''}`;
  if (reference) return `r\u0000${reference.url}\u0000${reference.quote ?? ''}`;
  return `e\u0000${editorNote ?? ''}`;
}

export interface SourcedRun {
  entities: EntityRef[];
  sources: Sourced<null>[];
}

/**
 * Each entity once, with its distinct sources; entities that rest on exactly the same sources are
 * one run, shown together and marked once ("Russia, Tajikistan, Kyrgyzstan ↗" when one page says
 * all three), instead of one mark, and one copy of its words, per entity. Runs keep the order in
 * which their first entity was seen.
 */
export function sourcedRuns(items: { entity: EntityRef; source: Sourced<null> }[]): SourcedRun[] {
  const byEntity = new Map<string, { entity: EntityRef; sources: Map<string, Sourced<null>> }>();
  for (const { entity, source } of items) {
    const seen = byEntity.get(entity.slug) ?? { entity, sources: new Map() };
    if (!seen.sources.has(sourceKey(source))) seen.sources.set(sourceKey(source), source);
    byEntity.set(entity.slug, seen);
  }
  const runs = new Map<string, SourcedRun>();
  for (const { entity, sources } of byEntity.values()) {
    const key = [...sources.keys()].sort().join('\u0001');
    const run = runs.get(key);
    if (run) run.entities.push(entity);
    else runs.set(key, { entities: [entity], sources: [...sources.values()] });
  }
  return [...runs.values()];
}
