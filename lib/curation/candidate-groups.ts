import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';

export const CANDIDATE_GROUP_PAGE_SIZE = 25;
const SIGHTINGS_SHOWN = 5;

export interface CandidateEvidenceRow {
  type: EntityType;
  reason: string;
  weight: number;
}

export interface CandidateSighting {
  candidateId: string;
  articleId: string;
  articleTitle: string;
  paragraph: number;
  surface: string;
  /** Paragraph text around the surface, for the editor to judge. */
  context: string;
}

/** One name proposed across articles: the same normalised name is one candidate with N sightings. */
export interface CandidateGroup {
  normalized: string;
  name: string;
  suggestedType: EntityType;
  sightings: number;
  articles: number;
  /** Latest date among the articles naming it (publication, else import). */
  latest: Date;
  /** Pooled over every sighting, strongest first, per type totals included. */
  evidence: CandidateEvidenceRow[];
  totals: { type: EntityType; weight: number }[];
  examples: CandidateSighting[];
}

export interface CandidateGroupPage {
  groups: CandidateGroup[];
  page: number;
  pageCount: number;
  total: number;
}

interface GroupRow {
  normalized: string;
  sightings: number;
  articles: number;
  latest: Date;
}

const TYPES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'EXERCISE', 'PERSON', 'PLACE', 'EVENT'];

/**
 * Proposed candidates grouped by name, those named by the most articles first, then the most
 * recently named; ranking on counts over a join needs SQL.
 */
export async function listCandidateGroups(db: PrismaClient, page: number): Promise<CandidateGroupPage> {
  const offset = (page - 1) * CANDIDATE_GROUP_PAGE_SIZE;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<GroupRow[]>`
      SELECT ec.normalized, count(*)::int AS sightings, count(DISTINCT p."articleId")::int AS articles,
        max(COALESCE(a."publishedAt", a."importedAt")) AS latest
      FROM "EntityCandidate" ec
      JOIN "Paragraph" p ON p.id = ec."paragraphId"
      JOIN "Article" a ON a.id = p."articleId"
      WHERE ec.status = 'PROPOSED'
      GROUP BY ec.normalized
      ORDER BY articles DESC, latest DESC, sightings DESC, ec.normalized
      LIMIT ${CANDIDATE_GROUP_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(DISTINCT normalized)::int AS total FROM "EntityCandidate" WHERE status = 'PROPOSED'`,
  ]);
  const total = counted[0]?.total ?? 0;
  const details = await db.entityCandidate.findMany({
    where: { status: 'PROPOSED', normalized: { in: rows.map((r) => r.normalized) } },
    select: {
      id: true,
      normalized: true,
      name: true,
      surface: true,
      start: true,
      end: true,
      evidence: true,
      paragraph: {
        select: {
          position: true,
          text: true,
          article: { select: { id: true, slug: true, parsedTitle: true, curation: { select: { title: true } }, publishedAt: true, importedAt: true } },
        },
      },
    },
  });
  type Detail = (typeof details)[number];
  const byName = new Map<string, Detail[]>();
  for (const d of details) byName.set(d.normalized, [...(byName.get(d.normalized) ?? []), d]);
  const groups = rows.map((row) => toGroup(row, byName.get(row.normalized) ?? []));
  return { groups, page, pageCount: Math.max(1, Math.ceil(total / CANDIDATE_GROUP_PAGE_SIZE)), total };
}

interface DetailLike {
  id: string;
  name: string;
  surface: string;
  start: number;
  end: number;
  evidence: unknown;
  paragraph: {
    position: number;
    text: string;
    article: { id: string; slug: string; parsedTitle: string | null; curation: { title: string | null } | null; publishedAt: Date | null; importedAt: Date };
  };
}

function toGroup(row: GroupRow, details: DetailLike[]): CandidateGroup {
  const evidence = pooledEvidence(details);
  const totals = TYPES.map((type) => ({ type, weight: evidence.filter((e) => e.type === type).reduce((sum, e) => sum + e.weight, 0) }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const names = new Map<string, number>();
  for (const d of details) names.set(d.name || d.surface, (names.get(d.name || d.surface) ?? 0) + 1);
  const name = [...names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? row.normalized;
  const recent = [...details].sort((a, b) => date(b).getTime() - date(a).getTime());
  return {
    normalized: row.normalized,
    name,
    suggestedType: totals[0]?.type ?? 'ORGANIZATION',
    sightings: row.sightings,
    articles: row.articles,
    latest: row.latest,
    evidence,
    totals,
    examples: recent.slice(0, SIGHTINGS_SHOWN).map((d) => ({
      candidateId: d.id,
      articleId: d.paragraph.article.id,
      articleTitle: d.paragraph.article.curation?.title ?? d.paragraph.article.parsedTitle ?? d.paragraph.article.slug,
      paragraph: d.paragraph.position,
      surface: d.surface,
      context: around(d.paragraph.text, d.start, d.end),
    })),
  };
}

const date = (d: DetailLike): Date => d.paragraph.article.publishedAt ?? d.paragraph.article.importedAt;

/** The same reason seen in several articles counts once, at its strongest. */
function pooledEvidence(details: DetailLike[]): CandidateEvidenceRow[] {
  const byReason = new Map<string, CandidateEvidenceRow>();
  for (const d of details) {
    for (const e of parseEvidence(d.evidence)) {
      const id = `${e.type}\u0000${e.reason}`;
      const known = byReason.get(id);
      if (!known || known.weight < e.weight) byReason.set(id, e);
    }
  }
  return [...byReason.values()].sort((a, b) => b.weight - a.weight);
}

function parseEvidence(value: unknown): CandidateEvidenceRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { type, reason, weight } = item as Record<string, unknown>;
    const upper = typeof type === 'string' ? type.toUpperCase() : '';
    const known = TYPES.find((t) => t === upper);
    return known && typeof reason === 'string' && typeof weight === 'number' ? [{ type: known, reason, weight }] : [];
  });
}

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 80);
  const to = Math.min(text.length, end + 80);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
