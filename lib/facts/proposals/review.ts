import { eraForDate } from '@/lib/articles/era';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { Outcome } from '@/lib/curation/types';
import { loadGazetteer, tagStoredArticle } from '@/lib/tagging/store';
import { resolveEntity, type Resolved } from './resolve';

type Tx = Prisma.TransactionClient;

class Refusal extends Error {}

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

async function acceptOne(tx: Tx, row: Row, actorId: string, cache: Map<string, Resolved>, touched: Set<string>): Promise<number> {
  let created = 0;
  const subject = row.subjectId ? { id: row.subjectId, created: false } : await resolveEntity(tx, row.subjectName, row.subjectType, actorId, cache);
  if (subject.created) created++;
  touched.add(subject.id);
  if (row.kind === 'DATED') {
    const entity = await tx.entity.findUniqueOrThrow({ where: { id: subject.id }, select: { type: true } });
    const dated = entity.type === 'EXERCISE' || entity.type === 'EVENT';
    await tx.entity.update({
      where: { id: subject.id },
      data: {
        startDate: row.fromDate,
        startPrecision: row.fromPrecision,
        endDate: row.toDate,
        endPrecision: row.toPrecision,
        datesParagraphId: row.paragraphId,
        datesNote: null,
        ...(dated && row.fromDate ? { era: eraForDate(row.fromDate) } : {}),
      },
    });
    return created;
  }
  if (!row.objectName || !row.objectType) throw new Refusal('A proposal names nothing to link to. Reject it instead.');
  const object = row.objectId ? { id: row.objectId, created: false } : await resolveEntity(tx, row.objectName, row.objectType, actorId, cache);
  if (object.created) created++;
  touched.add(object.id);
  const kind = FACT_KIND[row.kind];
  // The same fact from the same paragraph is one fact; from another paragraph it is another citation.
  const same = { kind, subjectId: subject.id, objectId: object.id, role: row.role, paragraphId: row.paragraphId };
  const existing = await tx.fact.findFirst({ where: same, select: { id: true } });
  const fact = existing ?? (await tx.fact.create({ data: { ...same, quote: row.quote }, select: { id: true } }));
  await tx.factProposal.update({ where: { id: row.id }, data: { factId: fact.id } });
  return created;
}

/**
 * Accepts an article's proposals (the chosen ones, or all still waiting) in one transaction: each
 * becomes a fact citing its paragraph and words, or the subject's dates; names the knowledge base
 * lacks become entities. Audited per proposal. Re-tags the article when entities were created.
 */
export async function acceptProposals(db: PrismaClient, actorId: string, articleId: string, ids: readonly string[] | 'all'): Promise<Outcome<ReviewResult>> {
  let result: ReviewResult;
  try {
    result = await db.$transaction(
      async (tx) => {
        const rows = await claim(tx, articleId, ids, 'ACCEPTED', actorId);
        const cache = new Map<string, Resolved>();
        const touched = new Set<string>();
        let created = 0;
        for (const row of rows) created += await acceptOne(tx, row, actorId, cache, touched);
        await tx.auditLog.createMany({
          data: rows.map((r) => ({
            actorId,
            action: 'factProposal.accept',
            targetType: 'factProposal',
            targetId: r.id,
            before: { status: 'PROPOSED' },
            after: { status: 'ACCEPTED', kind: r.kind, subject: r.subjectName, object: r.objectName, role: r.role, quote: r.quote },
          })),
        });
        return { articleId, decided: rows.length, entityIds: [...touched], created };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, message: 'Please try again.' };
    throw error;
  }
  if (result.created > 0) await tagStoredArticle(db, await loadGazetteer(db), articleId);
  return { ok: true, value: result };
}

/** Rejects proposals: they are not proposed again when the article is re-read. */
export async function rejectProposals(db: PrismaClient, actorId: string, articleId: string, ids: readonly string[]): Promise<Outcome<ReviewResult>> {
  try {
    const value = await db.$transaction(async (tx) => {
      const rows = await claim(tx, articleId, ids, 'REJECTED', actorId);
      await tx.auditLog.createMany({
        data: rows.map((r) => ({
          actorId,
          action: 'factProposal.reject',
          targetType: 'factProposal',
          targetId: r.id,
          before: { status: 'PROPOSED' },
          after: { status: 'REJECTED', kind: r.kind, subject: r.subjectName, object: r.objectName, role: r.role, quote: r.quote },
        })),
      });
      return { articleId, decided: rows.length, entityIds: [], created: 0 };
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}
