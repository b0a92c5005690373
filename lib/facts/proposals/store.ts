import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { DatePrecision, EntityType, ParticipationRole, ProposalKind } from '@/lib/generated/prisma/enums';
import type { EntityType as KbType } from '@/lib/entities/types';
import { parsePartialDate } from '@/lib/entities/dates';
import { proposeFacts, type KnowledgeBase, type ProposedFact, type ProposeSpan } from '@/lib/facts/propose';

const KIND: Record<ProposedFact['kind'], ProposalKind> = {
  'participated-in': 'PARTICIPATED_IN',
  'held-in': 'HELD_IN',
  dated: 'DATED',
  'part-of-series': 'PART_OF',
};

const ROLE: Record<NonNullable<ProposedFact['role']>, ParticipationRole> = {
  host: 'HOST',
  participant: 'PARTICIPANT',
  observer: 'OBSERVER',
  organizer: 'ORGANIZER',
  'stayed-away': 'STAYED_AWAY',
};

const PRECISION: Record<string, 'year' | 'month' | 'day' | 'minute'> = { YEAR: 'year', MONTH: 'month', DAY: 'day', MINUTE: 'minute' };

const lower = (type: EntityType) => type.toLowerCase() as KbType;

/** Every entity with its names, as the proposer takes them. */
export async function loadKnowledgeBase(db: Pick<PrismaClient, 'entity'>): Promise<KnowledgeBase & { ids: Map<string, string> }> {
  const rows = await db.entity.findMany({
    select: { id: true, slug: true, type: true, name: true, subtype: true, names: { select: { name: true } } },
    orderBy: { slug: 'asc' },
  });
  return {
    entities: rows.map((r) => ({ key: r.slug, type: lower(r.type), name: r.name, subtype: r.subtype, names: r.names.map((n) => n.name) })),
    ids: new Map(rows.map((r) => [r.slug, r.id])),
  };
}

function dateOf(value: string | null): { date: Date | null; precision: DatePrecision | null } {
  if (!value) return { date: null, precision: null };
  const { date, precision } = parsePartialDate(value);
  return { date, precision };
}

/**
 * Proposes the facts a stored, tagged article states and keeps them for review: proposals still
 * waiting are recomputed, decided ones stay as they are and are not proposed again. Returns what
 * the text states (decided or not), for the import report.
 */
export async function proposeForArticle(
  db: PrismaClient,
  articleId: string,
  knowledgeBase?: KnowledgeBase & { ids: Map<string, string> },
): Promise<ProposedFact[]> {
  const [kb, article] = await Promise.all([
    knowledgeBase ?? loadKnowledgeBase(db),
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        parsedPublishedAt: true,
        parsedDatePrecision: true,
        paragraphs: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            position: true,
            text: true,
            mentions: { where: { status: { not: 'REJECTED' } }, select: { start: true, end: true, surface: true, entity: { select: { slug: true, type: true } } } },
            candidates: { where: { status: { not: 'REJECTED' } }, select: { start: true, end: true, surface: true, suggestedType: true } },
          },
        },
      },
    }),
  ]);
  const spans: ProposeSpan[] = article.paragraphs.flatMap((p) => [
    ...p.mentions.map((m) => ({ paragraph: p.position, start: m.start, end: m.end, surface: m.surface, key: m.entity.slug, type: lower(m.entity.type) })),
    ...p.candidates.map((c) => ({ paragraph: p.position, start: c.start, end: c.end, surface: c.surface, key: null, type: lower(c.suggestedType) })),
  ]);
  const published =
    article.parsedPublishedAt && article.parsedDatePrecision
      ? { iso: article.parsedPublishedAt.toISOString(), precision: PRECISION[article.parsedDatePrecision]! }
      : null;
  const facts = proposeFacts({ paragraphs: article.paragraphs.map((p) => ({ position: p.position, text: p.text })), published, spans }, kb);

  const paragraphIds = new Map(article.paragraphs.map((p) => [p.position, p.id]));
  const idOf = (key: string | null) => (key ? (kb.ids.get(key) ?? null) : null);
  const rows = facts.map((f) => {
    const from = dateOf(f.from);
    const to = dateOf(f.to);
    return {
      articleId,
      paragraphId: paragraphIds.get(f.paragraph)!,
      kind: KIND[f.kind],
      subjectId: idOf(f.subject.key),
      subjectName: f.subject.name,
      subjectType: f.subject.type.toUpperCase() as EntityType,
      objectId: idOf(f.object?.key ?? null),
      objectName: f.object?.name ?? null,
      objectType: f.object ? (f.object.type.toUpperCase() as EntityType) : null,
      role: f.role ? ROLE[f.role] : null,
      fromDate: from.date,
      fromPrecision: from.precision,
      toDate: to.date,
      toPrecision: to.precision,
      start: f.start,
      end: f.end,
      quote: f.quote,
    };
  });
  await db.$transaction([
    db.factProposal.deleteMany({ where: { articleId, status: 'PROPOSED' } }),
    db.factProposal.createMany({ data: rows, skipDuplicates: true }),
  ]);
  return facts;
}
