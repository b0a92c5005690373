import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import type { EntityType as SeedEntityType } from '@/lib/entities/types';
import { compileGazetteer, normalizeForMatch, tagArticle, type Gazetteer } from './index';
import type { Candidate, TaggerName } from './types';

/** Builds the tagger's gazetteer from every entity name in the database. */
export async function loadGazetteer(db: PrismaClient): Promise<Gazetteer> {
  const rows = await db.entityName.findMany({
    select: {
      name: true,
      kind: true,
      ambiguous: true,
      entity: { select: { slug: true, type: true, contextWords: true } },
    },
    orderBy: [{ entityId: 'asc' }, { name: 'asc' }],
  });
  const names: TaggerName[] = rows.map((r) => ({
    entityKey: r.entity.slug,
    entityType: r.entity.type.toLowerCase() as SeedEntityType,
    name: r.name,
    kind: r.kind === 'SURNAME' ? 'surname' : 'name',
    ...(r.ambiguous && r.entity.contextWords.length > 0 ? { contextWords: r.entity.contextWords } : {}),
  }));
  return compileGazetteer(names);
}

/** A name the tagger proposes, as an import report lists it. */
export interface TypedCandidate {
  name: string;
  type: SeedEntityType;
  /** Why that type, strongest reason first ("after the title “Defence Minister”"). */
  evidence: string[];
  /** Times the article names it. */
  sightings: number;
}

export interface TagSummary {
  mentions: number;
  /** The names proposed, each once. */
  candidates: string[];
  /** The same names with their type and its evidence. */
  typedCandidates: TypedCandidate[];
}

/**
 * Tags one article's paragraphs. Proposed mentions and candidates are recomputed from scratch;
 * an editor's decisions (accepted or rejected) are kept, and a rejected mention is not proposed
 * again. Deterministic: the same names and text give the same rows.
 */
export async function tagStoredArticle(db: PrismaClient, gazetteer: Gazetteer, articleId: string): Promise<TagSummary> {
  const [paragraphs, entities] = await Promise.all([
    db.paragraph.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { id: true, position: true, text: true } }),
    db.entity.findMany({ select: { id: true, slug: true } }),
  ]);
  const entityIds = new Map(entities.map((e) => [e.slug, e.id]));
  const paragraphIds = new Map(paragraphs.map((p) => [p.position, p.id]));
  const result = tagArticle(gazetteer, paragraphs.map((p) => ({ id: p.position, text: p.text })));
  const ids = paragraphs.map((p) => p.id);

  const mentions = result.mentions.flatMap((m) => {
    const paragraphId = paragraphIds.get(m.paragraphId);
    const entityId = entityIds.get(m.entityKey);
    return paragraphId && entityId
      ? [{ paragraphId, entityId, start: m.start, end: m.end, surface: m.surface, method: m.method }]
      : [];
  });
  const candidates = result.candidates.flatMap((c) => {
    const paragraphId = paragraphIds.get(c.paragraphId);
    return paragraphId
      ? [{
          paragraphId,
          start: c.start,
          end: c.end,
          surface: c.surface,
          name: c.name,
          normalized: normalizeForMatch(c.name),
          kind: c.kind,
          suggestedType: c.suggestedType.toUpperCase() as EntityType,
          evidence: c.evidence.map((e) => ({ type: e.type, reason: e.reason, weight: e.weight })),
        }]
      : [];
  });

  await db.$transaction([
    db.mention.deleteMany({ where: { paragraphId: { in: ids }, status: 'PROPOSED' } }),
    db.entityCandidate.deleteMany({ where: { paragraphId: { in: ids }, status: 'PROPOSED' } }),
    db.mention.createMany({ data: mentions, skipDuplicates: true }),
    db.entityCandidate.createMany({ data: candidates, skipDuplicates: true }),
  ]);
  return { mentions: mentions.length, candidates: [...new Set(result.candidates.map((c) => c.name))], typedCandidates: typedCandidates(result.candidates) };
}

function typedCandidates(candidates: readonly Candidate[]): TypedCandidate[] {
  const byName = new Map<string, TypedCandidate>();
  for (const c of candidates) {
    const known = byName.get(c.name);
    if (known) known.sightings++;
    else byName.set(c.name, { name: c.name, type: c.suggestedType, evidence: c.evidence.map((e) => `${e.type}: ${e.reason}`), sightings: 1 });
  }
  return [...byName.values()];
}

/** Re-tags every article, e.g. after names change. */
export async function retagAllArticles(db: PrismaClient, onProgress?: (done: number, total: number) => void): Promise<number> {
  const gazetteer = await loadGazetteer(db);
  const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  let done = 0;
  for (const a of articles) {
    await tagStoredArticle(db, gazetteer, a.id);
    onProgress?.(++done, articles.length);
  }
  return articles.length;
}
