import type { ReviewParagraph } from './types';

export interface EntityMentionCount {
  entityId: string;
  name: string;
  total: number;
  proposed: number;
}

/** Each entity the article's mentions point to, with how many there are and how many await review; most named first. */
export function mentionCounts(paragraphs: ReviewParagraph[]): EntityMentionCount[] {
  const byEntity = new Map<string, EntityMentionCount>();
  for (const m of paragraphs.flatMap((p) => p.mentions)) {
    const row = byEntity.get(m.entity.id) ?? { entityId: m.entity.id, name: m.entity.name, total: 0, proposed: 0 };
    row.total += 1;
    if (m.status === 'PROPOSED') row.proposed += 1;
    byEntity.set(m.entity.id, row);
  }
  return [...byEntity.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
