import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';
import type { Tx } from '@/lib/platform/db/tx';
import { freeSlugs } from './slugs';

/** Entity columns a new entity may start with besides its type, name and slug (dates, description…). */
export type EntityColumns = Omit<Prisma.EntityCreateManyInput, 'id' | 'slug' | 'type' | 'name'>;

export interface NewEntity {
  type: EntityType;
  name: string;
  /** The canonical name's language; by default English for Latin script, else undetermined. */
  lang?: string;
  columns?: EntityColumns;
  /** What the audit record adds to the entity's own fields: where it came from (a form, a proposal, a candidate). */
  origin: Prisma.InputJsonObject;
}

export interface InsertedEntity {
  id: string;
  slug: string;
  type: EntityType;
  name: string;
}

const languageOf = (name: string) => (/\p{Script=Latin}/u.test(name) ? 'en' : 'und');

/**
 * The one way an entity comes into being, whoever asks (the editor's form, a fact proposal, a
 * candidate name): a slug no entity has or had, its name as canonical name, an audit record. One
 * statement per table however many are made, so that accepting an article's proposals stays fast.
 * Callers decide beforehand whether the name is already taken; the result is in the order asked.
 */
export async function insertEntities(tx: Tx, actorId: string, wanted: readonly NewEntity[]): Promise<InsertedEntity[]> {
  if (wanted.length === 0) return [];
  const slugs = await freeSlugs(tx, wanted.map((w) => w.name));
  const made = await tx.entity.createManyAndReturn({
    data: wanted.map((w, i) => ({ ...w.columns, slug: slugs[i]!, type: w.type, name: w.name })),
    select: { id: true, slug: true, type: true, name: true },
  });
  const bySlug = new Map(made.map((e) => [e.slug, e]));
  const entities = slugs.map((slug) => bySlug.get(slug)!);
  await tx.entityName.createMany({
    data: wanted.map((w, i) => ({ entityId: entities[i]!.id, name: w.name, normalized: normalizeForMatch(w.name), lang: w.lang ?? languageOf(w.name), kind: 'CANONICAL' as const })),
  });
  await tx.auditLog.createMany({
    data: wanted.map((w, i) => {
      const e = entities[i]!;
      return { actorId, action: 'entity.create', targetType: 'entity', targetId: e.id, after: { slug: e.slug, type: e.type, name: e.name, ...w.origin } };
    }),
  });
  return entities;
}

/** The entity of this type, in use, that already has this name, if any: a second one would be a duplicate. */
export async function nameTaken(tx: Tx, type: EntityType | null, name: string): Promise<{ name: string } | null> {
  const clash = await tx.entityName.findFirst({
    where: { normalized: normalizeForMatch(name), ...(type ? { entity: { type, retiredAt: null } } : {}) },
    select: { entity: { select: { name: true } } },
  });
  return clash?.entity ?? null;
}
