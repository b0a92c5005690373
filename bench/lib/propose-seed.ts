// The proposer run as the import runs it, on the seeded knowledge base and the project's tagger:
// shared by the proposal benchmark and the dev-set evaluation.
import { seedEntities, taggerNamesFromSeed } from '../../lib/entities/seed';
import { proposeFacts, type KnowledgeBase, type ProposedFact, type ProposeInput } from '../../lib/facts/propose';
import { compileGazetteer, tagArticle } from '../../lib/tagging/index';

export const knowledgeBase: KnowledgeBase = {
  entities: seedEntities.map((e) => ({ key: e.key, type: e.type, name: e.name, subtype: e.subtype ?? null, names: e.names.map((n) => n.name) })),
};
const types = new Map(seedEntities.map((e) => [e.key, e.type]));
const gazetteer = compileGazetteer(taggerNamesFromSeed(seedEntities));

/** Tags the paragraphs, then proposes: what `npm run ingest` does, without the database. */
export function tagAndPropose(paragraphs: string[], published: ProposeInput['published']): { facts: ProposedFact[]; tagMs: number; proposeMs: number } {
  const t0 = performance.now();
  const tagged = tagArticle(gazetteer, paragraphs.map((text, i) => ({ id: i + 1, text })));
  const t1 = performance.now();
  const spans: ProposeInput['spans'] = [
    ...tagged.mentions.map((m) => ({ paragraph: m.paragraphId, start: m.start, end: m.end, surface: m.surface, key: m.entityKey, type: types.get(m.entityKey) ?? 'place' })),
    ...tagged.candidates.map((c) => ({ paragraph: c.paragraphId, start: c.start, end: c.end, surface: c.surface, key: null, type: c.suggestedType })),
  ];
  const facts = proposeFacts({ paragraphs: paragraphs.map((text, i) => ({ position: i + 1, text })), published, spans }, knowledgeBase);
  return { facts, tagMs: t1 - t0, proposeMs: performance.now() - t1 };
}
