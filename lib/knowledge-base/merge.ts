import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { editableValues, readEditable } from './editable';
import { factSnapshot, factSnapshotSelect } from './fact-values';
import { claimVersion, type EntityWritten } from './entities';
import { attemptWrite, Refusal, type KbOutcome, type Tx } from './outcome';
import { queueRetag } from './retag-jobs';

async function findDuplicate(tx: Tx, typed: string) {
  const slug = typed.trim().replace(/^.*\//, '');
  const direct = await tx.entity.findUnique({ where: { slug }, select: { id: true } });
  const id = direct?.id ?? (await tx.entitySlug.findUnique({ where: { slug }, select: { entityId: true } }))?.entityId;
  return id ? readEditable(tx, id) : null;
}

/**
 * Merges a duplicate into the entity kept: names, facts (and their history), mentions, the summary
 * and former slugs move over; the duplicate's address becomes a former slug of the one kept, so
 * its URLs redirect. Facts that would relate the entity to itself are retracted, with history.
 */
export async function mergeEntities(db: PrismaClient, actorId: string, keepId: string, version: number, duplicate: string): Promise<KbOutcome<EntityWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const keep = await readEditable(tx, keepId);
      if (!keep) throw new Refusal('This entity no longer exists.');
      const other = await findDuplicate(tx, duplicate);
      if (!other) throw new Refusal('Nothing was merged: check the marked fields.', { duplicate: [`No entity has the address “${duplicate.trim()}”.`] });
      if (other.id === keep.id) throw new Refusal('Nothing was merged: check the marked fields.', { duplicate: ['That is this entity.'] });
      if (other.type !== keep.type) throw new Refusal('Nothing was merged: check the marked fields.', { duplicate: [`${other.name} is of another type; only duplicates of the same type merge.`] });
      await claimVersion(tx, keepId, version);
      const [names, summaries] = await Promise.all([
        tx.entityName.findMany({ where: { entityId: other.id }, select: { name: true, kind: true } }),
        tx.summary.findMany({ where: { entityId: { in: [keep.id, other.id] } }, select: { id: true, entityId: true, draftBody: true, publishedBody: true } }),
      ]);

      const keptNames = new Set((await tx.entityName.findMany({ where: { entityId: keepId }, select: { name: true } })).map((n) => n.name));
      await tx.entityName.deleteMany({ where: { entityId: other.id, name: { in: [...keptNames] } } });
      await tx.entityName.updateMany({ where: { entityId: other.id, kind: 'CANONICAL' }, data: { kind: 'OFFICIAL' } });
      await tx.entityName.updateMany({ where: { entityId: other.id }, data: { entityId: keepId } });

      const selfFacts = await tx.fact.findMany({
        where: { OR: [{ subjectId: other.id, objectId: keepId }, { subjectId: keepId, objectId: other.id }] },
        select: factSnapshotSelect,
      });
      for (const f of selfFacts) {
        await tx.factRevision.create({ data: { factId: f.id, version: f.version, action: 'retracted', snapshot: factSnapshot(f), subjectId: f.subjectId, objectId: f.objectId, seedKey: f.seedKey, actorId, reason: `Merged ${other.name} into ${keep.name}` } });
      }
      await tx.fact.deleteMany({ where: { id: { in: selfFacts.map((f) => f.id) } } });
      const moved = await tx.fact.findMany({ where: { OR: [{ subjectId: other.id }, { objectId: other.id }] }, select: { id: true } });
      await tx.fact.updateMany({ where: { subjectId: other.id }, data: { subjectId: keepId, version: { increment: 1 } } });
      await tx.fact.updateMany({ where: { objectId: other.id }, data: { objectId: keepId, version: { increment: 1 } } });
      await tx.factRevision.updateMany({ where: { subjectId: other.id }, data: { subjectId: keepId } });
      await tx.factRevision.updateMany({ where: { objectId: other.id }, data: { objectId: keepId } });
      for (const { id } of moved) {
        const f = await tx.fact.findUniqueOrThrow({ where: { id }, select: factSnapshotSelect });
        await tx.factRevision.create({ data: { factId: id, version: f.version, action: 'moved', snapshot: factSnapshot(f), subjectId: f.subjectId, objectId: f.objectId, seedKey: f.seedKey, actorId, reason: `Merged ${other.name} into ${keep.name}` } });
      }

      // A paragraph that names both at the same place keeps one mention, the kept entity's.
      await tx.$executeRaw`
        DELETE FROM "Mention" d USING "Mention" k
        WHERE d."entityId" = ${other.id} AND k."entityId" = ${keepId} AND k."paragraphId" = d."paragraphId" AND k.start = d.start`;
      await tx.mention.updateMany({ where: { entityId: other.id }, data: { entityId: keepId } });

      const otherSummary = summaries.find((s) => s.entityId === other.id);
      if (otherSummary && !summaries.some((s) => s.entityId === keepId)) await tx.summary.update({ where: { id: otherSummary.id }, data: { entityId: keepId } });

      await tx.entitySlug.updateMany({ where: { entityId: other.id }, data: { entityId: keepId } });
      await tx.entity.delete({ where: { id: other.id } });
      await tx.entitySlug.create({ data: { slug: other.slug, entityId: keepId } });
      const fill = {
        description: keep.description ?? other.description,
        contextWords: [...new Set([...keep.contextWords, ...other.contextWords])],
        ...(keep.latitude === null && other.latitude !== null ? { latitude: other.latitude, longitude: other.longitude, coordinatesNote: other.coordinatesNote } : {}),
      };
      await tx.entity.update({ where: { id: keepId }, data: fill });

      await recordAudit(tx, {
        actorId,
        action: 'entity.merge',
        targetType: 'entity',
        targetId: keepId,
        before: { kept: { slug: keep.slug, ...editableValues(keep) }, merged: { id: other.id, slug: other.slug, ...editableValues(other) }, summaries },
        after: { slug: keep.slug, movedNames: names.map((n) => n.name), movedFacts: moved.length, retractedFacts: selfFacts.length },
      });
      const retagJobId = await queueRetag(tx, keepId, [keep.name, ...names.map((n) => n.name)], actorId);
      return { id: keepId, slug: keep.slug, type: keep.type, retagJobId };
    }),
  );
}
