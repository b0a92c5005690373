// A small knowledge base and a literal-name tagger for the proposer's unit tests.
import type { EntityType } from '@/lib/entities/types';
import { proposeFacts } from './index';
import type { KnowledgeBase, KnowledgeBaseEntity, ProposedFact, ProposeSpan } from './types';

function entity(key: string, type: EntityType, name: string, names: string[] = [], subtype: string | null = null): KnowledgeBaseEntity {
  return { key, type, name, subtype, names };
}

export const KB: KnowledgeBase = {
  entities: [
    entity('kazakhstan', 'country', 'Kazakhstan', ['Kazakh']),
    entity('uzbekistan', 'country', 'Uzbekistan', ['Uzbek']),
    entity('kyrgyzstan', 'country', 'Kyrgyzstan', ['Kyrgyz']),
    entity('tajikistan', 'country', 'Tajikistan', ['Tajik']),
    entity('azerbaijan', 'country', 'Azerbaijan', ['Azerbaijani']),
    entity('russia', 'country', 'Russia', ['Russian']),
    entity('china', 'country', 'China', ['Chinese']),
    entity('turkey', 'country', 'Türkiye', ['Turkey']),
    entity('united-states', 'country', 'United States', ['U.S.']),
    entity('csto', 'organization', 'Collective Security Treaty Organization', ['CSTO']),
    entity('sco', 'organization', 'Shanghai Cooperation Organisation', ['SCO']),
    entity('kazakh-armed-forces', 'organization', 'Armed Forces of Kazakhstan', ['armed forces of Kazakhstan']),
    entity('baku', 'place', 'Baku'),
    entity('steppe-eagle', 'exercise', 'Steppe Eagle (exercise series)', ['Steppe Eagle'], 'series'),
    entity('peace-mission', 'exercise', 'Peace Mission (exercise series)', ['Peace Mission'], 'series'),
    entity('peace-mission-2010', 'exercise', 'Peace Mission 2010', ['Peace Mission-2010']),
    entity('birlestik-2024', 'exercise', 'Birlestik-2024', ['Unity-2024']),
  ],
};

/** Finds every KB name (longest first, whole words) and the listed candidate names. */
export function spansOf(paragraphs: string[], candidates: { surface: string; type: EntityType }[] = []): ProposeSpan[] {
  const names = [
    ...KB.entities.flatMap((e) => [e.name, ...e.names].map((n) => ({ n, key: e.key as string | null, type: e.type }))),
    ...candidates.map((c) => ({ n: c.surface, key: null, type: c.type })),
  ].sort((a, b) => b.n.length - a.n.length);
  const spans: ProposeSpan[] = [];
  paragraphs.forEach((text, i) => {
    for (const { n, key, type } of names) {
      const pattern = new RegExp(`(?<![\\p{L}-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + n.length;
        if (spans.some((s) => s.paragraph === i + 1 && s.start < end && s.end > start)) continue;
        spans.push({ paragraph: i + 1, start, end, surface: n, key, type });
      }
    }
  });
  return spans;
}

export function propose(
  paragraphs: string[],
  { published = '2024-06-15', candidates = [] }: { published?: string | null; candidates?: { surface: string; type: EntityType }[] } = {},
): ProposedFact[] {
  return proposeFacts(
    {
      paragraphs: paragraphs.map((text, i) => ({ position: i + 1, text })),
      published: published ? { iso: `${published}T00:00:00.000Z`, precision: 'day' } : null,
      spans: spansOf(paragraphs, candidates),
    },
    KB,
  );
}

/** Compact "subject role object" lines for participation facts. */
export function roles(facts: ProposedFact[]): string[] {
  return facts.filter((f) => f.kind === 'participated-in').map((f) => `${f.subject.name} ${f.role} ${f.object?.name}`);
}
