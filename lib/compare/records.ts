import type { PrismaClient } from '@/lib/generated/prisma/client';
import { TAGS } from '@/lib/platform/cache/tags';
import type { EntityRef } from '@/lib/entities/dto';
import { referenceSelect, toCitation, toReferenceCitation, type ReferenceRow } from '@/lib/entities/mappers';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { ExerciseRecord, KeyEvent, Sourced } from './types';

export const ref = { slug: true, type: true, name: true } as const;
const source = {
  quote: true,
  editorNote: true,
  reference: { select: referenceSelect },
  paragraph: {
    select: { position: true, article: { select: { slug: true, parsedTitle: true, curation: { select: { title: true } } } } },
  },
} as const;

type SourceRow = {
  quote: string | null;
  editorNote: string | null;
  paragraph: Parameters<typeof toCitation>[0] | null;
  reference: ReferenceRow | null;
};

function sourced(row: SourceRow): Sourced<null> {
  return {
    value: null,
    citation: row.paragraph ? toCitation(row.paragraph, row.quote) : null,
    reference: row.reference ? toReferenceCitation(row.reference, row.quote) : null,
    editorNote: row.editorNote,
  };
}

function partial(date: Date | null, precision: DatePrecision | null) {
  return date && precision ? { iso: date.toISOString(), precision } : null;
}

/**
 * Every single exercise (not series) with its participants, places and organizations, straight
 * from the knowledge base's facts, so the comparison reflects an edit on the next request.
 */
export async function exerciseRecords(db: Pick<PrismaClient, 'entity'>): Promise<ExerciseRecord[]> {
  const rows = await db.entity.findMany({
    // NOT alone would drop exercises without a subtype (SQL's NULL <> 'series' is not true).
    where: { type: 'EXERCISE', OR: [{ subtype: null }, { subtype: { not: 'series' } }] },
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      name: true,
      era: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
      objectFacts: {
        where: { kind: 'PARTICIPATED_IN', role: { not: null } },
        select: { role: true, ...source, subject: { select: ref } },
      },
      subjectFacts: {
        where: { kind: { in: ['HELD_IN', 'LOCATED_AT', 'PART_OF'] } },
        select: {
          kind: true,
          ...source,
          object: {
            select: {
              ...ref,
              latitude: true,
              longitude: true,
              // A series' organizers count as the exercise's organizations.
              objectFacts: { where: { kind: 'PARTICIPATED_IN', subject: { type: 'ORGANIZATION' } }, select: { subject: { select: ref } } },
            },
          },
        },
      },
    },
  });
  return rows.map((row) => {
    const organizations = new Map<string, EntityRef>();
    // An organization that only observed or stayed away is not one the exercise belongs to.
    for (const f of row.objectFacts) {
      if (f.subject.type === 'ORGANIZATION' && f.role !== 'OBSERVER' && f.role !== 'STAYED_AWAY') organizations.set(f.subject.slug, f.subject);
    }
    for (const f of row.subjectFacts) {
      if (f.kind !== 'PART_OF') continue;
      organizations.set(f.object.slug, { slug: f.object.slug, type: f.object.type, name: f.object.name });
      for (const o of f.object.objectFacts) organizations.set(o.subject.slug, o.subject);
    }
    return {
      slug: row.slug,
      name: row.name,
      era: row.era ?? 'UNKNOWN',
      start: partial(row.startDate, row.startPrecision),
      end: partial(row.endDate, row.endPrecision),
      participants: row.objectFacts.flatMap((f) => (f.role ? [{ entity: f.subject, role: f.role, source: sourced(f) }] : [])),
      places: row.subjectFacts
        .filter((f) => f.kind !== 'PART_OF')
        .map((f) => ({
          entity: { slug: f.object.slug, type: f.object.type, name: f.object.name },
          coordinates: f.object.latitude !== null && f.object.longitude !== null ? { lat: f.object.latitude, lon: f.object.longitude } : null,
          source: sourced(f),
        })),
      organizations: [...organizations.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    };
  });
}

/** Dated events for the timeline. */
export async function keyEvents(db: Pick<PrismaClient, 'entity'>): Promise<KeyEvent[]> {
  const rows = await db.entity.findMany({
    where: { type: 'EVENT', startDate: { not: null } },
    orderBy: [{ startDate: 'asc' }, { slug: 'asc' }],
    select: { slug: true, name: true, startDate: true, startPrecision: true },
  });
  return rows.flatMap((r) => {
    const start = partial(r.startDate, r.startPrecision);
    return start ? [{ slug: r.slug, name: r.name, start }] : [];
  });
}

/** Countries and organizations to offer in the filters: those with a participated-in fact. */
export async function filterOptions(db: Pick<PrismaClient, 'entity'>): Promise<{ countries: EntityRef[]; organizations: EntityRef[] }> {
  const rows = await db.entity.findMany({
    where: { type: { in: ['COUNTRY', 'ORGANIZATION'] }, subjectFacts: { some: { kind: 'PARTICIPATED_IN' } } },
    orderBy: { name: 'asc' },
    select: ref,
  });
  return { countries: rows.filter((r) => r.type === 'COUNTRY'), organizations: rows.filter((r) => r.type === 'ORGANIZATION') };
}

/**
 * The cache tags of everything exerciseRecords, keyEvents and filterOptions read: every exercise
 * and event, both ends of every fact of the kinds they follow, and the articles those facts cite.
 * One statement, so a view's tags cost one round trip on the render that stores it.
 */
export async function compareSources(db: Pick<PrismaClient, '$queryRaw'>): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string; article: boolean }[]>`
    WITH f AS (SELECT "subjectId", "objectId", "paragraphId" FROM "Fact" WHERE kind IN ('PARTICIPATED_IN', 'HELD_IN', 'LOCATED_AT', 'PART_OF'))
    SELECT id, false AS article FROM "Entity" WHERE type IN ('EXERCISE', 'EVENT')
    UNION SELECT "subjectId", false FROM f
    UNION SELECT "objectId", false FROM f
    UNION SELECT p."articleId", true FROM f JOIN "Paragraph" p ON p.id = f."paragraphId"`;
  return rows.map((row) => (row.article ? TAGS.article(row.id) : TAGS.entity(row.id)));
}
