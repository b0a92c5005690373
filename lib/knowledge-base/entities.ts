import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';
import { editableValues, readEditable } from './editable';
import { entityData, type EntityFieldsInput } from './entity-fields';
import { attemptWrite, Refusal, StaleEdit, type KbOutcome, type Tx } from './outcome';
import { queueRetag } from './retag-jobs';
import { insertEntities, nameTaken } from './create';
import { assertSlugFree } from './slugs';

export interface EntityWritten {
  id: string;
  slug: string;
  type: EntityType;
  /** A re-tagging job to start once the response is sent, when names changed. */
  retagJobId: string | null;
}

/** Claims the version the editor read; a newer one means their form is stale. */
export async function claimVersion(tx: Tx, id: string, version: number): Promise<void> {
  const { count } = await tx.entity.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count === 1) return;
  const now = await readEditable(tx, id);
  if (!now) throw new Refusal('This entity no longer exists: it may have been merged into another. Go back to the list.');
  throw new StaleEdit({ theirs: { ...editableValues(now), slug: now.slug }, version: now.version, updatedAt: now.updatedAt.toISOString() });
}

/** A new entity of any type; its name becomes its canonical name, which the tagger then finds in the articles. */
export async function createEntity(db: PrismaClient, actorId: string, type: EntityType, input: EntityFieldsInput, lang: string): Promise<KbOutcome<EntityWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const { name, ...columns } = await entityData(tx, type, input);
      const clash = await nameTaken(tx, type, name);
      if (clash) throw new Refusal('Nothing was saved: check the marked fields.', { name: [`“${name}” is already a name of ${clash.name}.`] });
      const [entity] = await insertEntities(tx, actorId, [{ type, name, lang, columns, origin: { ...input } }]);
      const retagJobId = await queueRetag(tx, entity!.id, [name], actorId);
      return { id: entity!.id, slug: entity!.slug, type, retagJobId };
    }),
  );
}

/** Saves the entity's fields; a new canonical name is added to its names, and the articles re-tagged. */
export async function updateEntity(db: PrismaClient, actorId: string, id: string, version: number, input: EntityFieldsInput): Promise<KbOutcome<EntityWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const before = await readEditable(tx, id);
      if (!before) throw new Refusal('This entity no longer exists: it may have been merged into another.');
      await claimVersion(tx, id, version);
      const data = await entityData(tx, before.type, input);
      await tx.entity.update({ where: { id }, data });
      let retagJobId: string | null = null;
      if (data.name !== before.name) {
        // The old canonical name stays as a former name, so old mentions and links still resolve.
        await tx.entityName.updateMany({ where: { entityId: id, kind: 'CANONICAL' }, data: { kind: 'FORMER' } });
        await tx.entityName.upsert({
          where: { entityId_name: { entityId: id, name: data.name } },
          create: { entityId: id, name: data.name, normalized: normalizeForMatch(data.name), lang: 'en', kind: 'CANONICAL' },
          update: { kind: 'CANONICAL' },
        });
      }
      if (data.name !== before.name || data.contextWords.join() !== before.contextWords.join()) {
        retagJobId = await queueRetag(tx, id, [before.name, data.name], actorId);
      }
      await recordAudit(tx, { actorId, action: 'entity.update', targetType: 'entity', targetId: id, before: { ...editableValues(before) }, after: { ...input } });
      return { id, slug: before.slug, type: before.type, retagJobId };
    }),
  );
}

/** The old address keeps working: it becomes a former slug, which readers are redirected from (308). */
export async function renameSlug(db: PrismaClient, actorId: string, id: string, version: number, slug: string): Promise<KbOutcome<EntityWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const before = await readEditable(tx, id);
      if (!before) throw new Refusal('This entity no longer exists.');
      if (before.slug === slug) throw new Refusal('Nothing was saved: check the marked fields.', { slug: ['This is already its address.'] });
      await assertSlugFree(tx, slug, id);
      await claimVersion(tx, id, version);
      await tx.entitySlug.deleteMany({ where: { slug } });
      await tx.entity.update({ where: { id }, data: { slug } });
      await tx.entitySlug.create({ data: { slug: before.slug, entityId: id } });
      await recordAudit(tx, { actorId, action: 'entity.rename-slug', targetType: 'entity', targetId: id, before: { slug: before.slug }, after: { slug } });
      return { id, slug, type: before.type, retagJobId: null };
    }),
  );
}

/** Retired: out of lists and search, its page says so; its names, facts and mentions are kept. */
export async function setRetired(db: PrismaClient, actorId: string, id: string, version: number, retire: boolean, reason: string): Promise<KbOutcome<EntityWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const before = await readEditable(tx, id);
      if (!before) throw new Refusal('This entity no longer exists.');
      if (retire && !reason.trim()) throw new Refusal('Nothing was saved: check the marked fields.', { reason: ['Say why it is retired; readers see it.'] });
      await claimVersion(tx, id, version);
      await tx.entity.update({ where: { id }, data: retire ? { retiredAt: new Date(), retiredReason: reason.trim() } : { retiredAt: null, retiredReason: null } });
      await recordAudit(tx, {
        actorId,
        action: retire ? 'entity.retire' : 'entity.restore',
        targetType: 'entity',
        targetId: id,
        before: { retiredAt: before.retiredAt?.toISOString() ?? null },
        after: { retired: retire },
        reason: reason.trim() || null,
      });
      return { id, slug: before.slug, type: before.type, retagJobId: null };
    }),
  );
}
