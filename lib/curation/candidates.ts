import { recordAudit } from '@/lib/platform/audit/record';
import { entityHref } from '@/lib/entities/paths';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { insertEntities, nameTaken } from '@/lib/knowledge-base/create';
import { retagAllArticles } from '@/lib/tagging/store';
import type { Outcome } from './types';

type Tx = Prisma.TransactionClient;

export interface CreatedEntity {
  articleId: string;
  articleSlug: string;
  entity: { id: string; slug: string; type: EntityType; name: string; href: string };
  /** Mentions of the new entity across all articles after re-tagging. */
  mentions: number;
}

class Refusal extends Error {}

const candidateSelect = {
  id: true,
  surface: true,
  name: true,
  normalized: true,
  kind: true,
  suggestedType: true,
  status: true,
  paragraph: { select: { position: true, article: { select: { id: true, slug: true } } } },
} as const;

/** Claims a proposed candidate for one decision; a concurrent decision on it waits, then finds it taken. */
async function decide(tx: Tx, id: string, status: 'ACCEPTED' | 'REJECTED') {
  const c = await tx.entityCandidate.findUnique({ where: { id }, select: candidateSelect });
  if (!c) throw new Refusal('This candidate is no longer there; the article was re-tagged. Reload the page.');
  const { count } = await tx.entityCandidate.updateMany({ where: { id, status: 'PROPOSED' }, data: { status } });
  if (count !== 1) throw new Refusal('Someone has already decided on this candidate. Reload the page.');
  return c;
}

/**
 * Accepts a name the tagger proposed as a new entity of the chosen type, its surface the canonical
 * name, then re-tags every article so that its mentions appear everywhere it is named.
 */
export async function acceptCandidate(db: PrismaClient, actorId: string, candidateId: string, type: EntityType): Promise<Outcome<CreatedEntity>> {
  let created: Omit<CreatedEntity, 'mentions'>;
  try {
    created = await db.$transaction(async (tx) => {
      const c = await decide(tx, candidateId, 'ACCEPTED');
      // A resolved institution is proposed under its name ("Ministry of Defense of Kazakhstan"), not its surface.
      const name = (c.name || c.surface).trim();
      const clash = await nameTaken(tx, null, name);
      // A known but ambiguous name can still be proposed; a second entity of that name would be a duplicate.
      if (clash) throw new Refusal(`“${name}” is already a name of ${clash.name}. Reject this candidate instead.`);
      const [entity] = await insertEntities(tx, actorId, [{ type, name, origin: { fromCandidate: c.id } }]);
      const article = c.paragraph.article;
      const context = { surface: c.surface, kind: c.kind, suggestedType: c.suggestedType, article: article.slug, paragraph: c.paragraph.position };
      await recordAudit(tx, {
        actorId,
        action: 'candidate.accept',
        targetType: 'entityCandidate',
        targetId: c.id,
        before: { ...context, status: 'PROPOSED' },
        after: { ...context, status: 'ACCEPTED', entityId: entity!.id, type },
      });
      return { articleId: article.id, articleSlug: article.slug, entity: { ...entity!, href: entityHref(type, entity!.slug) } };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    // Another entity took the same slug at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, message: 'Please try again.' };
    throw error;
  }
  await retagAllArticles(db);
  const mentions = await db.mention.count({ where: { entityId: created.entity.id, status: { not: 'REJECTED' } } });
  return { ok: true, value: { ...created, mentions } };
}

/** The name is not an entity; re-tagging keeps the decision and does not propose it there again. */
export async function rejectCandidate(db: PrismaClient, actorId: string, candidateId: string): Promise<Outcome<{ articleId: string; articleSlug: string }>> {
  try {
    const value = await db.$transaction(async (tx) => {
      const c = await decide(tx, candidateId, 'REJECTED');
      const context = { surface: c.surface, kind: c.kind, suggestedType: c.suggestedType, article: c.paragraph.article.slug, paragraph: c.paragraph.position };
      await recordAudit(tx, {
        actorId,
        action: 'candidate.reject',
        targetType: 'entityCandidate',
        targetId: c.id,
        before: { ...context, status: 'PROPOSED' },
        after: { ...context, status: 'REJECTED' },
      });
      return { articleId: c.paragraph.article.id, articleSlug: c.paragraph.article.slug };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Accepts a name proposed across articles: one of its sightings becomes the entity, and re-tagging
 * tags every article that names it (its other sightings are then mentions, no longer candidates).
 */
export async function acceptCandidateGroup(db: PrismaClient, actorId: string, normalized: string, type: EntityType): Promise<Outcome<CreatedEntity>> {
  const sighting = await db.entityCandidate.findFirst({ where: { normalized, status: 'PROPOSED' }, select: { id: true }, orderBy: { id: 'asc' } });
  if (!sighting) return { ok: false, message: 'This name is no longer proposed: someone decided on it or the articles were re-tagged. Reload the page.' };
  return acceptCandidate(db, actorId, sighting.id, type);
}

/** The name is no entity: every article's proposal of it is rejected at once, with one audit record. */
export async function rejectCandidateGroup(db: PrismaClient, actorId: string, normalized: string): Promise<Outcome<{ name: string; sightings: number }>> {
  try {
    const value = await db.$transaction(async (tx) => {
      const first = await tx.entityCandidate.findFirst({ where: { normalized, status: 'PROPOSED' }, select: { id: true, name: true, surface: true, suggestedType: true } });
      if (!first) throw new Refusal('This name is no longer proposed: someone decided on it or the articles were re-tagged. Reload the page.');
      const { count } = await tx.entityCandidate.updateMany({ where: { normalized, status: 'PROPOSED' }, data: { status: 'REJECTED' } });
      const name = first.name || first.surface;
      await recordAudit(tx, {
        actorId,
        action: 'candidate.reject',
        targetType: 'entityCandidate',
        targetId: first.id,
        before: { name, normalized, suggestedType: first.suggestedType, sightings: count, status: 'PROPOSED' },
        after: { name, normalized, sightings: count, status: 'REJECTED' },
      });
      return { name, sightings: count };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}
