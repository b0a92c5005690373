import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';
import { factSnapshot, factSnapshotSelect, factValues } from './fact-values';
import { attemptWrite, Refusal, StaleEdit, type KbOutcome, type Tx } from './outcome';
import { partialDate, resolveSupport, type SupportInput } from './support';

export interface FactInput {
  kind: FactKind;
  /** Slugs or names, as typed. */
  subject: string;
  object: string;
  role: ParticipationRole | null;
  from: string;
  to: string;
  support: SupportInput;
}

export interface FactWritten {
  factId: string;
  /** Both ends, before and after: their pages show the fact. */
  entityIds: string[];
}

const INVALID = 'Nothing was saved: check the marked fields.';

/** An entity by slug, former slug or (when only one has it) name. */
async function resolveEntity(tx: Tx, typed: string, field: 'subject' | 'object'): Promise<string> {
  const value = typed.trim();
  if (!value) throw new Refusal(INVALID, { [field]: ['Choose an entity.'] });
  const bySlug = await tx.entity.findUnique({ where: { slug: value }, select: { id: true } });
  if (bySlug) return bySlug.id;
  const former = await tx.entitySlug.findUnique({ where: { slug: value }, select: { entityId: true } });
  if (former) return former.entityId;
  const named = await tx.entityName.findMany({ where: { normalized: normalizeForMatch(value), entity: { retiredAt: null } }, distinct: ['entityId'], select: { entityId: true } });
  if (named.length === 1 && named[0]) return named[0].entityId;
  throw new Refusal(INVALID, { [field]: [named.length ? `Several entities are called “${value}”: choose one from the list.` : `No entity is called “${value}”. Create it first.`] });
}

async function factData(tx: Tx, input: FactInput) {
  const subjectId = await resolveEntity(tx, input.subject, 'subject');
  const objectId = await resolveEntity(tx, input.object, 'object');
  if (subjectId === objectId) throw new Refusal(INVALID, { object: ['A fact relates two different entities.'] });
  if (input.kind === 'PARTICIPATED_IN' && !input.role) throw new Refusal(INVALID, { role: ['Say how it took part (host, participant, observer…).'] });
  const from = partialDate(input.from, 'from');
  const to = partialDate(input.to, 'to');
  if (from && to && to.date < from.date) throw new Refusal(INVALID, { to: ['“To” comes before “from”.'] });
  const support = await resolveSupport(tx, input.support);
  return {
    kind: input.kind,
    subjectId,
    objectId,
    role: input.kind === 'PARTICIPATED_IN' ? input.role : null,
    fromDate: from?.date ?? null,
    fromPrecision: from?.precision ?? null,
    toDate: to?.date ?? null,
    toPrecision: to?.precision ?? null,
    paragraphId: support.paragraphId,
    referenceId: support.referenceId,
    quote: support.quote,
    editorNote: null,
  };
}

async function writeRevision(tx: Tx, factId: string, action: string, actorId: string, reason: string | null) {
  const row = await tx.fact.findUniqueOrThrow({ where: { id: factId }, select: factSnapshotSelect });
  const snapshot = factSnapshot(row);
  await tx.factRevision.create({ data: { factId, version: row.version, action, snapshot, subjectId: row.subjectId, objectId: row.objectId, seedKey: row.seedKey, actorId, reason } });
  return { row, snapshot };
}

export async function addFact(db: PrismaClient, actorId: string, input: FactInput): Promise<KbOutcome<FactWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const data = await factData(tx, input);
      const fact = await tx.fact.create({ data, select: { id: true } });
      const { snapshot } = await writeRevision(tx, fact.id, 'created', actorId, null);
      await recordAudit(tx, { actorId, action: 'fact.create', targetType: 'fact', targetId: fact.id, after: snapshot });
      return { factId: fact.id, entityIds: [data.subjectId, data.objectId] };
    }),
  );
}

/** Claims the fact's version; a newer one refuses the correction and shows theirs. */
async function claimFact(tx: Tx, factId: string, version: number) {
  const before = await tx.fact.findUnique({ where: { id: factId }, select: factSnapshotSelect });
  if (!before) throw new Refusal('This fact was retracted, or its entities merged, since you opened the page. Reload it.');
  const { count } = await tx.fact.updateMany({ where: { id: factId, version }, data: { version: { increment: 1 } } });
  if (count !== 1) throw new StaleEdit({ theirs: { ...factValues(before) }, version: before.version, updatedAt: new Date().toISOString() });
  return before;
}

/** A correction: the fact changes in place, and the version it replaces stays in its history. */
export async function correctFact(db: PrismaClient, actorId: string, factId: string, version: number, input: FactInput, reason: string): Promise<KbOutcome<FactWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const before = await claimFact(tx, factId, version);
      const data = await factData(tx, input);
      await tx.fact.update({ where: { id: factId }, data });
      const { snapshot } = await writeRevision(tx, factId, 'corrected', actorId, reason.trim() || null);
      await recordAudit(tx, { actorId, action: 'fact.correct', targetType: 'fact', targetId: factId, before: factSnapshot(before), after: snapshot, reason: reason.trim() || null });
      return { factId, entityIds: [...new Set([before.subjectId, before.objectId, data.subjectId, data.objectId])] };
    }),
  );
}

/**
 * A retraction: the fact leaves readers' pages and the comparison; its history keeps every version
 * and the retraction. Brief revisions keep the figures they snapshotted.
 */
export async function retractFact(db: PrismaClient, actorId: string, factId: string, version: number, reason: string): Promise<KbOutcome<FactWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      if (!reason.trim()) throw new Refusal(INVALID, { reason: ['Say why the fact is retracted.'] });
      const before = await claimFact(tx, factId, version);
      const { snapshot } = await writeRevision(tx, factId, 'retracted', actorId, reason.trim());
      await tx.fact.delete({ where: { id: factId } });
      await recordAudit(tx, { actorId, action: 'fact.retract', targetType: 'fact', targetId: factId, before: snapshot, reason: reason.trim() });
      return { factId, entityIds: [before.subjectId, before.objectId] };
    }),
  );
}
