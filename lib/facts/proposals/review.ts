import { eraForDate } from '@/lib/articles/era';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { expectedFailure, Refusal, type Result } from '@/lib/platform/result';
import { keyOf, resolveEntities, type DateFields, type NameRef } from './resolve';

type Tx = Prisma.TransactionClient;

export interface ReviewResult {
  articleId: string;
  decided: number;
  /** Entities whose pages show the change (subjects, objects, and any created). */
  entityIds: string[];
  created: number;
}

const FACT_KIND = { PARTICIPATED_IN: 'PARTICIPATED_IN', HELD_IN: 'HELD_IN', PART_OF: 'PART_OF' } as const;

const proposalSelect = {
  id: true,
  kind: true,
  paragraphId: true,
  subjectId: true,
  subjectName: true,
  subjectType: true,
  objectId: true,
  objectName: true,
  objectType: true,
  role: true,
  fromDate: true,
  fromPrecision: true,
  toDate: true,
  toPrecision: true,
  quote: true,
} as const;

type Row = Prisma.FactProposalGetPayload<{ select: typeof proposalSelect }>;

/** Claims the proposals for this decision; any already decided (or gone) refuses the whole batch. */
async function claim(tx: Tx, articleId: string, ids: readonly string[] | 'all', status: 'ACCEPTED' | 'REJECTED', actorId: string): Promise<Row[]> {
  const where = { articleId, status: 'PROPOSED' as const, ...(ids === 'all' ? {} : { id: { in: [...ids] } }) };
  const rows = await tx.factProposal.findMany({ where, select: proposalSelect, orderBy: [{ paragraphId: 'asc' }, { start: 'asc' }] });
  if (ids !== 'all' && rows.length !== new Set(ids).size) throw new Refusal('Someone has already decided on some of these proposals. Reload the page.');
  if (rows.length === 0) throw new Refusal('There is nothing left to decide here. Reload the page.');
  const { count } = await tx.factProposal.updateMany({
    where: { id: { in: rows.map((r) => r.id) }, status: 'PROPOSED' },
    data: { status, reviewedById: actorId, reviewedAt: new Date() },
  });
  if (count !== rows.length) throw new Refusal('Someone has already decided on some of these proposals. Reload the page.');
  return rows;
}

const FACT_KINDS = ['PARTICIPATED_IN', 'HELD_IN', 'PART_OF'] as const;

/** The subject's dates as the paragraph states them; an exercise's or event's era follows its start. */
function dateFields(r: Row, type: Row['subjectType']): DateFields {
  const dated = type === 'EXERCISE' || type === 'EVENT';
  return {
    startDate: r.fromDate,
    startPrecision: r.fromPrecision,
    endDate: r.toDate,
    endPrecision: r.toPrecision,
    datesParagraphId: r.paragraphId,
    datesNote: null,
    ...(dated && r.fromDate ? { era: eraForDate(r.fromDate) } : {}),
  };
}

async function acceptAll(tx: Tx, rows: Row[], actorId: string, articleId: string): Promise<{ touched: Set<string>; created: number }> {
  const refs: NameRef[] = [];
  for (const r of rows) {
    if (!r.subjectId) refs.push({ name: r.subjectName, type: r.subjectType });
    if (!r.objectId && r.objectName && r.objectType) refs.push({ name: r.objectName, type: r.objectType });
  }
  // A new exercise is created with its dates, rather than created and then updated.
  const dates = new Map<string, DateFields>();
  for (const r of rows) if (r.kind === 'DATED' && !r.subjectId) dates.set(keyOf({ name: r.subjectName, type: r.subjectType }), dateFields(r, r.subjectType));
  const { ids, created } = await resolveEntities(tx, refs, actorId, articleId, dates);
  const fresh = new Set(created);
  const subjectOf = (r: Row) => r.subjectId ?? ids.get(keyOf({ name: r.subjectName, type: r.subjectType }))!;
  const objectOf = (r: Row) => r.objectId ?? (r.objectName && r.objectType ? (ids.get(keyOf({ name: r.objectName, type: r.objectType })) ?? null) : null);
  const touched = new Set<string>(created);

  for (const r of rows.filter((row) => row.kind === 'DATED')) {
    const id = subjectOf(r);
    touched.add(id);
    if (fresh.has(id) && !r.subjectId) continue;
    await tx.entity.update({ where: { id }, data: dateFields(r, r.subjectType) });
  }

  const linking = rows.filter((row) => row.kind !== 'DATED');
  if (linking.some((r) => objectOf(r) === null)) throw new Refusal('A proposal names nothing to link to. Reject it instead.');
  // The same fact from the same paragraph is one fact; from another paragraph it is another citation.
  const wanted = linking.map((r) => ({ row: r, kind: FACT_KIND[r.kind as (typeof FACT_KINDS)[number]], subjectId: subjectOf(r), objectId: objectOf(r)!, role: r.role, paragraphId: r.paragraphId }));
  const sameKey = (f: { kind: string; subjectId: string; objectId: string; role: string | null; paragraphId: string | null }) =>
    [f.kind, f.subjectId, f.objectId, f.role ?? '', f.paragraphId ?? ''].join('|');
  const existing = await tx.fact.findMany({
    where: { paragraphId: { in: [...new Set(wanted.map((w) => w.paragraphId))] }, kind: { in: [...FACT_KINDS] } },
    select: { id: true, kind: true, subjectId: true, objectId: true, role: true, paragraphId: true },
  });
  const factIds = new Map(existing.map((f) => [sameKey(f), f.id]));
  const toCreate = new Map<string, (typeof wanted)[number]>();
  for (const w of wanted) if (!factIds.has(sameKey(w))) toCreate.set(sameKey(w), w);
  const made = await tx.fact.createManyAndReturn({
    data: [...toCreate.values()].map((w) => ({ kind: w.kind, subjectId: w.subjectId, objectId: w.objectId, role: w.role, paragraphId: w.paragraphId, quote: w.row.quote })),
    select: { id: true, kind: true, subjectId: true, objectId: true, role: true, paragraphId: true },
  });
  for (const f of made) factIds.set(sameKey(f), f.id);
  for (const w of wanted) {
    touched.add(w.subjectId);
    touched.add(w.objectId);
  }
  if (wanted.length > 0) {
    const proposalIds = wanted.map((w) => w.row.id);
    const facts = wanted.map((w) => factIds.get(sameKey(w))!);
    await tx.$executeRaw`UPDATE "FactProposal" AS p SET "factId" = v.fact FROM (SELECT unnest(${proposalIds}::text[]) AS id, unnest(${facts}::text[]) AS fact) AS v WHERE p.id = v.id`;
  }
  return { touched, created: created.length };
}

/**
 * Accepts an article's proposals (the chosen ones, or all still waiting) in one transaction: each
 * becomes a fact citing its paragraph and words, or the subject's dates; names the knowledge base
 * lacks become entities, with their words in this article as mentions. Audited per proposal.
 */
export async function acceptProposals(db: PrismaClient, actorId: string, articleId: string, ids: readonly string[] | 'all'): Promise<Result<ReviewResult>> {
  let result: ReviewResult;
  try {
    result = await db.$transaction(
      async (tx) => {
        const rows = await claim(tx, articleId, ids, 'ACCEPTED', actorId);
        const { touched, created } = await acceptAll(tx, rows, actorId, articleId);
        await auditDecisions(tx, actorId, rows, 'ACCEPTED');
        return { articleId, decided: rows.length, entityIds: [...touched], created };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    return expectedFailure(error, 'Please try again.');
  }
  return { ok: true, value: result };
}

/** One audit record per decided proposal, written with the decision. */
async function auditDecisions(tx: Prisma.TransactionClient, actorId: string, rows: Awaited<ReturnType<typeof claim>>, status: 'ACCEPTED' | 'REJECTED'): Promise<void> {
  await tx.auditLog.createMany({
    data: rows.map((r) => ({
      actorId,
      action: status === 'ACCEPTED' ? 'factProposal.accept' : 'factProposal.reject',
      targetType: 'factProposal',
      targetId: r.id,
      before: { status: 'PROPOSED' },
      after: { status, kind: r.kind, subject: r.subjectName, object: r.objectName, role: r.role, quote: r.quote },
    })),
  });
}

/** Rejects proposals: they are not proposed again when the article is re-read. */
export async function rejectProposals(db: PrismaClient, actorId: string, articleId: string, ids: readonly string[]): Promise<Result<ReviewResult>> {
  try {
    const value = await db.$transaction(async (tx) => {
      const rows = await claim(tx, articleId, ids, 'REJECTED', actorId);
      await auditDecisions(tx, actorId, rows, 'REJECTED');
      return { articleId, decided: rows.length, entityIds: [], created: 0 };
    });
    return { ok: true, value };
  } catch (error) {
    return expectedFailure(error);
  }
}
