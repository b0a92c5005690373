import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityRef } from '@/lib/entities/dto';
import { toCitation } from '@/lib/entities/mappers';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { ExerciseRecord, KeyEvent, Sourced } from './types';

export const ref = { slug: true, type: true, name: true } as const;
const source = {
  quote: true,
  editorNote: true,
  paragraph: {
    select: { position: true, article: { select: { slug: true, parsedTitle: true, curation: { select: { title: true } } } } },
  },
} as const;

type SourceRow = {
  quote: string | null;
  editorNote: string | null;
  paragraph: Parameters<typeof toCitation>[0] | null;
};

function sourced(row: SourceRow): Sourced<null> {
  return { value: null, citation: row.paragraph ? toCitation(row.paragraph, row.quote) : null, editorNote: row.editorNote };
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
    // A NULL subtype is not 'series' either (NOT (subtype = 'series') is NULL in SQL, and would drop it).
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
