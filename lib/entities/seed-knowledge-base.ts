import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, FactKind, NameKind, ParticipationRole } from '@/lib/generated/prisma/enums';
import { eraForDate } from '@/lib/articles/era';
import { normalizeForMatch } from '@/lib/tagging';
import { parsePartialDate } from './dates';
import type { SeedEntity, SeedFact, SeedReference, Support } from './seed-types';
import type { AliasKind } from './types';

const NAME_KIND: Record<AliasKind, NameKind> = {
  official: 'OFFICIAL',
  translation: 'TRANSLATION',
  transliteration: 'TRANSLITERATION',
  former: 'FORMER',
  abbreviation: 'ABBREVIATION',
  demonym: 'DEMONYM',
  surname: 'SURNAME',
};

const toEnum = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, '_') as T;

type ParagraphIndex = Map<string, string>;

async function paragraphIndex(db: PrismaClient): Promise<ParagraphIndex> {
  const rows = await db.paragraph.findMany({
    where: { article: { fileName: { not: null } } },
    select: { id: true, position: true, article: { select: { fileName: true } } },
  });
  return new Map(rows.map((r) => [`${r.article.fileName}#${r.position}`, r.id]));
}

type ReferenceIndex = Map<string, string>;

interface ResolvedSupport {
  paragraphId: string | null;
  referenceId: string | null;
  quote: string | null;
  editorNote: string | null;
}

function resolveSupport(index: ParagraphIndex, refs: ReferenceIndex, support: Support): ResolvedSupport {
  if ('editorSupplied' in support) return { paragraphId: null, referenceId: null, quote: null, editorNote: support.editorSupplied };
  if ('reference' in support) {
    const referenceId = refs.get(support.reference);
    if (!referenceId) throw new Error(`Seed cites reference "${support.reference}", which the record does not define`);
    return { paragraphId: null, referenceId, quote: support.quote, editorNote: null };
  }
  const paragraphId = index.get(`${support.article}#${support.paragraph}`);
  if (!paragraphId) throw new Error(`Seed cites ${support.article} ¶${support.paragraph}, which is not imported`);
  return { paragraphId, referenceId: null, quote: support.quote, editorNote: null };
}

function supportKey(support: Support): string {
  if ('editorSupplied' in support) return 'editor';
  return 'reference' in support ? `ref:${support.reference}` : `${support.article}#${support.paragraph}`;
}

function supportLabel(support: Support): string {
  if ('editorSupplied' in support) return support.editorSupplied;
  return 'reference' in support ? `reference ${support.reference}` : `${support.article} ¶${support.paragraph}`;
}

/** References are keyed by URL, so re-seeding updates them in place. */
async function seedReferences(db: PrismaClient, references: SeedReference[]): Promise<ReferenceIndex> {
  const ids: ReferenceIndex = new Map();
  for (const r of references) {
    const published = r.published ? parsePartialDate(r.published) : null;
    const data = { publication: r.publication, title: r.title, published: published?.date ?? null, publishedPrecision: published?.precision ?? null };
    const row = await db.reference.upsert({ where: { url: r.url }, create: { url: r.url, ...data }, update: data, select: { id: true } });
    ids.set(r.key, row.id);
  }
  return ids;
}

/**
 * Writes the seeded entities, their names and their facts. Idempotent: entities are keyed by slug,
 * names by (entity, name), facts by a seed key; what editors added is left alone.
 */
export async function seedKnowledgeBase(
  db: PrismaClient,
  entities: SeedEntity[],
  facts: SeedFact[],
  references: SeedReference[] = [],
): Promise<{ entities: number; facts: number; references: number }> {
  const index = await paragraphIndex(db);
  const refs = await seedReferences(db, references);
  const ids = new Map<string, string>();
  for (const e of entities) {
    const start = e.start ? parsePartialDate(e.start.value) : null;
    const end = e.end ? parsePartialDate(e.end.value) : null;
    const dates = e.start ? resolveSupport(index, refs, e.start.support) : null;
    const data = {
      type: toEnum<EntityType>(e.type),
      subtype: e.subtype ?? null,
      name: e.name,
      description: e.description ?? null,
      contextWords: e.contextWords ?? [],
      latitude: e.coordinates?.lat ?? null,
      longitude: e.coordinates?.lon ?? null,
      coordinatesNote: e.coordinates ? supportLabel(e.coordinates.support) : null,
      startDate: start?.date ?? null,
      startPrecision: start?.precision ?? null,
      endDate: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      datesParagraphId: dates?.paragraphId ?? null,
      datesNote: dates?.editorNote ?? null,
      datesReferenceId: dates?.referenceId ?? null,
      datesQuote: dates?.referenceId ? dates.quote : null,
      era: start && (e.type === 'exercise' || e.type === 'event') ? eraForDate(start.date) : null,
    };
    // An entity editors renamed, merged away or edited in the portal keeps what they did.
    const renamed = await db.entitySlug.findUnique({ where: { slug: e.key }, select: { entityId: true } });
    const edited = await db.entity.findFirst({ where: { OR: [{ slug: e.key, version: { gt: 0 } }, ...(renamed ? [{ id: renamed.entityId }] : [])] }, select: { id: true } });
    if (edited) {
      ids.set(e.key, edited.id);
      continue;
    }
    const row = await db.entity.upsert({ where: { slug: e.key }, create: { slug: e.key, ...data }, update: data, select: { id: true } });
    ids.set(e.key, row.id);
    const names = [
      { name: e.name, lang: 'en', kind: 'CANONICAL' as NameKind, ambiguous: false },
      ...e.names.map((n) => ({ name: n.name, lang: n.lang, kind: NAME_KIND[n.kind], ambiguous: n.ambiguous ?? false })),
    ];
    for (const n of names) {
      const fields = { lang: n.lang, kind: n.kind, ambiguous: n.ambiguous, normalized: normalizeForMatch(n.name) };
      await db.entityName.upsert({
        where: { entityId_name: { entityId: row.id, name: n.name } },
        create: { entityId: row.id, name: n.name, ...fields },
        update: fields,
      });
    }
  }

  for (const f of facts) {
    const subjectId = ids.get(f.subject);
    const objectId = ids.get(f.object);
    if (!subjectId || !objectId) throw new Error(`Seed fact ${f.kind} ${f.subject} → ${f.object} names an unknown entity`);
    const from = f.from ? parsePartialDate(f.from) : null;
    const to = f.to ? parsePartialDate(f.to) : null;
    const seedKey = [f.kind, f.subject, f.object, f.role ?? '', f.from ?? '', f.to ?? '', supportKey(f.support)].join('|');
    const data = {
      kind: toEnum<FactKind>(f.kind),
      subjectId,
      objectId,
      role: f.role ? toEnum<ParticipationRole>(f.role) : null,
      fromDate: from?.date ?? null,
      fromPrecision: from?.precision ?? null,
      toDate: to?.date ?? null,
      toPrecision: to?.precision ?? null,
      ...resolveSupport(index, refs, f.support),
    };
    // A fact editors corrected or retracted stays as they left it.
    const [current, retracted] = await Promise.all([
      db.fact.findUnique({ where: { seedKey }, select: { version: true } }),
      db.factRevision.findFirst({ where: { seedKey, action: 'retracted' }, select: { id: true } }),
    ]);
    if (retracted && !current) continue;
    if (current && current.version > 0) continue;
    await db.fact.upsert({ where: { seedKey }, create: { seedKey, ...data }, update: data });
  }
  return { entities: entities.length, facts: facts.length, references: references.length };
}
