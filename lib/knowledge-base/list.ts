import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';

export const EDITOR_PAGE_SIZE = 50;

export interface EditorListFilters {
  q: string;
  type: EntityType | null;
  hasProposals: boolean;
  status: 'active' | 'retired' | 'all';
  page: number;
}

export interface EditorListItem {
  id: string;
  slug: string;
  type: EntityType;
  name: string;
  subtype: string | null;
  retired: boolean;
  names: number;
  facts: number;
  proposals: number;
}

/**
 * What "has proposals" means: what awaits an editor's decision about the entity: facts imports
 * proposed about it (as either end), and mentions the tagger proposed.
 */
export function proposalsWhere(): Prisma.EntityWhereInput {
  return {
    OR: [
      { subjectProposals: { some: { status: 'PROPOSED' } } },
      { objectProposals: { some: { status: 'PROPOSED' } } },
      { mentions: { some: { status: 'PROPOSED' } } },
    ],
  };
}

function whereFor(f: EditorListFilters): Prisma.EntityWhereInput {
  const and: Prisma.EntityWhereInput[] = [];
  if (f.type) and.push({ type: f.type });
  if (f.status === 'active') and.push({ retiredAt: null });
  if (f.status === 'retired') and.push({ retiredAt: { not: null } });
  if (f.hasProposals) and.push(proposalsWhere());
  const q = f.q.trim();
  if (q) {
    const normalized = normalizeForMatch(q);
    and.push({
      OR: [
        { slug: { contains: q.toLowerCase() } },
        ...(normalized ? [{ names: { some: { normalized: { contains: normalized } } } }] : []),
        { oldSlugs: { some: { slug: { contains: q.toLowerCase() } } } },
      ],
    });
  }
  return { AND: and };
}

/** The editor's list: any name form (Cyrillic, abbreviations, former names), type, status, proposals. */
export async function listEntitiesForEditor(db: PrismaClient, filters: EditorListFilters): Promise<{ items: EditorListItem[]; total: number }> {
  const where = whereFor(filters);
  const [rows, total] = await Promise.all([
    db.entity.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (filters.page - 1) * EDITOR_PAGE_SIZE,
      take: EDITOR_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        type: true,
        name: true,
        subtype: true,
        retiredAt: true,
        _count: { select: { names: true, subjectFacts: true, objectFacts: true, mentions: { where: { status: 'PROPOSED' } } } },
      },
    }),
    db.entity.count({ where }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      type: r.type,
      name: r.name,
      subtype: r.subtype,
      retired: r.retiredAt !== null,
      names: r._count.names,
      facts: r._count.subjectFacts + r._count.objectFacts,
      proposals: r._count.mentions,
    })),
  };
}

export const CHOICES_LIMIT = 20;

export interface EntityChoice {
  slug: string;
  name: string;
  type: EntityType;
}

/**
 * The fact form's suggestions for what the editor has typed so far: entities in use whose address
 * or any name form contains it, at most CHOICES_LIMIT, so the page never carries the whole
 * knowledge base (it grows with every import).
 */
export async function searchEntityChoices(db: PrismaClient, typed: string): Promise<EntityChoice[]> {
  const q = typed.trim();
  const normalized = normalizeForMatch(q);
  if (!q) return [];
  return db.entity.findMany({
    where: {
      retiredAt: null,
      OR: [{ slug: { contains: q.toLowerCase() } }, ...(normalized ? [{ names: { some: { normalized: { contains: normalized } } } }] : [])],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: CHOICES_LIMIT,
    select: { slug: true, name: true, type: true },
  });
}
