import 'server-only';
import { cache } from 'react';
import { getReaderDb as getDb } from '@/lib/platform/db';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { TAGS } from '@/lib/platform/cache/tags';
import { readCached, readDb } from '@/lib/platform/health/read-db';
import { publishedSummarySelect, toPublishedSummary } from '@/lib/summaries/published';
import type { PublishedSummary } from '@/lib/summaries/types';
import { normalizeForMatch } from '@/lib/tagging';
import type { EntityDetail, EntityListItem, EntityRef } from './dto';
import { referenceSelect, toCitation, toFactView, toMentionGroups, toReferenceCitation, type MentionRow } from './mappers';
import { entityHref } from './paths';

export type EntityWithSummary = EntityDetail & { summary: PublishedSummary | null };
export type EntityLookup = { kind: 'found'; entity: EntityWithSummary } | { kind: 'redirect'; href: string } | { kind: 'missing' };

const refSelect = { slug: true, type: true, name: true } as const;
const citationSelect = {
  position: true,
  article: { select: { slug: true, parsedTitle: true, curation: { select: { title: true } } } },
} as const;
const factSelect = {
  id: true,
  kind: true,
  role: true,
  fromDate: true,
  fromPrecision: true,
  toDate: true,
  toPrecision: true,
  quote: true,
  editorNote: true,
  paragraph: { select: citationSelect },
  reference: { select: referenceSelect },
} as const;
const otherSelect = { ...refSelect, era: true, startDate: true, startPrecision: true, latitude: true, longitude: true } as const;

/**
 * Finds an entity for /<type>/<slug>. A slug of another type, a former slug or any of the
 * entity's names ("unity-2024", "turkiye") answers with a redirect to the canonical address.
 */
export const MENTIONS_PER_PAGE = 50;

export const lookupEntity = cache(async (type: EntityType, slug: string, mentionPage = 1): Promise<EntityLookup> => {
  return readCached(async (): Promise<EntityLookup> => {
    const db = getDb();
    const entity = await db.entity.findUnique({ where: { slug }, select: { id: true, type: true } });
    if (entity && entity.type !== type) return { kind: 'redirect', href: entityHref(entity.type, slug) };
    if (entity) {
      const detail = await entityDetail(entity.id, mentionPage);
      return detail ? { kind: 'found', entity: detail } : { kind: 'missing' };
    }
    const former = await db.entitySlug.findUnique({ where: { slug }, select: { entity: { select: refSelect } } });
    if (former) return { kind: 'redirect', href: entityHref(former.entity.type, former.entity.slug) };
    const byName = await db.entityName.findMany({
      where: { normalized: normalizeForMatch(slug.replace(/-/g, ' ')) },
      select: { entity: { select: refSelect } },
    });
    const targets = [...new Map(byName.map((n) => [n.entity.slug, n.entity])).values()];
    const preferred = targets.filter((t) => t.type === type);
    const target = preferred.length === 1 ? preferred[0] : targets.length === 1 ? targets[0] : undefined;
    return target ? { kind: 'redirect', href: entityHref(target.type, target.slug) } : { kind: 'missing' };
  }, (found) => (found.kind === 'found' ? [TAGS.entity(found.entity.id)] : [TAGS.entities]));
});

async function entityDetail(id: string, mentionPage: number): Promise<EntityWithSummary | null> {
  const db = getDb();
  const mentionWhere = { entityId: id, status: { not: 'REJECTED' as const } };
  const [row, mentionCount, mentions, related, latestFact] = await Promise.all([
    db.entity.findUnique({
      where: { id },
      select: {
        id: true,
        ...refSelect,
        subtype: true,
        description: true,
        era: true,
        latitude: true,
        longitude: true,
        coordinatesNote: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        datesNote: true,
        retiredAt: true,
        retiredReason: true,
        updatedAt: true,
        datesParagraph: { select: citationSelect },
        datesReference: { select: referenceSelect },
        datesQuote: true,
        summary: publishedSummarySelect,
        names: { select: { name: true, lang: true, kind: true }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] },
        subjectFacts: { select: { ...factSelect, object: { select: otherSelect } } },
        objectFacts: { select: { ...factSelect, subject: { select: otherSelect } } },
      },
    }),
    db.mention.count({ where: mentionWhere }),
    db.mention.findMany({
      where: mentionWhere,
      skip: (mentionPage - 1) * MENTIONS_PER_PAGE,
      take: MENTIONS_PER_PAGE,
      orderBy: [{ paragraph: { article: { publishedAt: { sort: 'desc', nulls: 'last' } } } }, { paragraph: { articleId: 'asc' } }, { paragraph: { position: 'asc' } }, { start: 'asc' }],
      select: {
        id: true,
        start: true,
        end: true,
        paragraph: { select: { position: true, text: true, article: { select: { slug: true, era: true, parsedTitle: true, curation: { select: { title: true } } } } } },
      },
    }),
    relatedEntities(id),
    db.fact.aggregate({ where: { OR: [{ subjectId: id }, { objectId: id }] }, _max: { createdAt: true } }),
  ]);
  if (!row) return null;
  const factAt = latestFact._max.createdAt;
  const facts = [
    ...row.subjectFacts.map((f) => toFactView(f, 'out', f.object)),
    ...row.objectFacts.map((f) => toFactView(f, 'in', f.subject)),
  ];
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    name: row.name,
    subtype: row.subtype,
    description: row.description,
    era: row.era,
    coordinates: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lon: row.longitude, note: row.coordinatesNote } : null,
    start: row.startDate && row.startPrecision ? { iso: row.startDate.toISOString(), precision: row.startPrecision } : null,
    end: row.endDate && row.endPrecision ? { iso: row.endDate.toISOString(), precision: row.endPrecision } : null,
    datesCitation: row.datesParagraph ? toCitation(row.datesParagraph, null) : null,
    datesReference: row.datesReference ? toReferenceCitation(row.datesReference, row.datesQuote) : null,
    datesNote: row.datesNote,
    retired: row.retiredAt ? { at: row.retiredAt.toISOString(), reason: row.retiredReason } : null,
    names: row.names,
    facts,
    mentionCount,
    mentionPage,
    mentionPageCount: Math.max(1, Math.ceil(mentionCount / MENTIONS_PER_PAGE)),
    mentionGroups: toMentionGroups(mentions satisfies MentionRow[]),
    related,
    summary: toPublishedSummary(row.summary),
    lastChanged: (factAt && factAt > row.updatedAt ? factAt : row.updatedAt).toISOString(),
  };
}

/** Entities most often named in the same paragraphs as this one. */
async function relatedEntities(id: string): Promise<(EntityRef & { shared: number })[]> {
  const rows = await getDb().$queryRaw<{ slug: string; type: EntityType; name: string; shared: number }[]>`
    SELECT e.slug, e.type, e.name, count(DISTINCT m2."paragraphId")::int AS shared
    FROM "Mention" m1
    JOIN "Mention" m2 ON m2."paragraphId" = m1."paragraphId" AND m2."entityId" <> m1."entityId" AND m2.status <> 'REJECTED'
    JOIN "Entity" e ON e.id = m2."entityId"
    WHERE m1."entityId" = ${id} AND m1.status <> 'REJECTED'
    GROUP BY e.id
    ORDER BY shared DESC, e.name ASC
    LIMIT 12`;
  return rows;
}

/** For the cached entity indexes: names and mention counts change with imports and curation. */
export async function listEntities(type?: EntityType): Promise<EntityListItem[]> {
  return readCached(
    async () => {
      const rows = await getDb().entity.findMany({
        where: { retiredAt: null, ...(type ? { type } : {}) },
        orderBy: [{ type: 'asc' }, { name: 'asc' }],
        select: { ...refSelect, subtype: true, era: true, _count: { select: { mentions: { where: { status: { not: 'REJECTED' } } } } } },
      });
      return rows.map(({ _count, ...e }) => ({ ...e, mentionCount: _count.mentions }));
    },
    () => [TAGS.entities],
    [],
  );
}

/** The country named by its slug or by any of its names, or null. */
export async function findCountry(db: ReturnType<typeof getDb>, slugOrName: string): Promise<EntityRef | null> {
  const direct = await db.entity.findFirst({ where: { slug: slugOrName, type: 'COUNTRY' }, select: refSelect });
  if (direct) return direct;
  const named = await db.entityName.findMany({
    where: { normalized: normalizeForMatch(slugOrName.replace(/-/g, ' ')), entity: { type: 'COUNTRY' } },
    select: { entity: { select: refSelect } },
  });
  const found = [...new Map(named.map((n) => [n.entity.slug, n.entity])).values()];
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The country named by its slug or by any of its names, or null (read per request). */
export async function resolveCountry(slugOrName: string): Promise<EntityRef | null> {
  return readDb(() => findCountry(getDb(), slugOrName));
}
