import type { KnowledgeBase, KnowledgeBaseEntity } from './types';

/** "Peace Mission 2010", "Birlestik-2024", "Interaction-2009" → the series' own words. */
function seriesStem(name: string): string | null {
  const match = /^(.+?)[\s–-]*(?:19|20)\d\d$/u.exec(name.trim());
  return match ? fold(match[1]!) : null;
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\((?:exercise\s+)?series\)/iu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type SeriesFinder = (exerciseName: string) => KnowledgeBaseEntity | null;

/** Finds the series an exercise belongs to from its name, among the knowledge base's series. */
export function seriesFinder(knowledgeBase: KnowledgeBase): SeriesFinder {
  const byName = new Map<string, KnowledgeBaseEntity>();
  for (const entity of knowledgeBase.entities) {
    if (entity.type !== 'exercise' || entity.subtype !== 'series') continue;
    for (const name of [entity.name, ...entity.names]) {
      const folded = fold(name);
      if (folded) byName.set(folded, entity);
    }
  }
  return (exerciseName) => {
    const stem = seriesStem(exerciseName);
    return stem ? (byName.get(stem) ?? null) : null;
  };
}
