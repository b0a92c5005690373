import { recordAudit } from '@/lib/platform/audit/record';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { NameKind } from '@/lib/generated/prisma/enums';
import { normalizeForMatch } from '@/lib/tagging';
import { attemptWrite, Refusal, type KbOutcome } from './outcome';
import { queueRetag } from './retag-jobs';

export interface NameInput {
  name: string;
  lang: string;
  kind: Exclude<NameKind, 'CANONICAL'>;
  ambiguous: boolean;
}

export interface NameWritten {
  entityId: string;
  retagJobId: string;
}

/**
 * Adds a name (a translation, a transliteration, an abbreviation…). A name another entity of the
 * same type already has is refused unless marked ambiguous: the tagger then needs context words.
 */
export async function addName(db: PrismaClient, actorId: string, entityId: string, input: NameInput): Promise<KbOutcome<NameWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const entity = await tx.entity.findUnique({ where: { id: entityId }, select: { id: true, type: true, contextWords: true } });
      if (!entity) throw new Refusal('This entity no longer exists.');
      const name = input.name.trim().replace(/\s+/g, ' ');
      const normalized = normalizeForMatch(name);
      if (!normalized) throw new Refusal('Nothing was saved: check the marked fields.', { name: ['Type the name.'] });
      const same = await tx.entityName.findMany({ where: { normalized }, select: { entityId: true, entity: { select: { name: true, type: true } } } });
      if (same.some((n) => n.entityId === entityId)) throw new Refusal('Nothing was saved: check the marked fields.', { name: ['It already has this name.'] });
      const other = same.find((n) => n.entity.type === entity.type);
      if (other && !input.ambiguous) {
        throw new Refusal('Nothing was saved: check the marked fields.', { name: [`${other.entity.name} is also called this. Mark the name ambiguous (and give context words), or merge the two.`] });
      }
      if (input.ambiguous && entity.contextWords.length === 0) {
        throw new Refusal('Nothing was saved: check the marked fields.', { ambiguous: ['An ambiguous name is only found near context words: add them to the entity first.'] });
      }
      const row = await tx.entityName.create({ data: { entityId, name, normalized, lang: input.lang, kind: input.kind, ambiguous: input.ambiguous }, select: { id: true } });
      await recordAudit(tx, { actorId, action: 'entity.name.add', targetType: 'entity', targetId: entityId, after: { nameId: row.id, ...input, name } });
      return { entityId, retagJobId: await queueRetag(tx, entityId, [name], actorId) };
    }),
  );
}

/** Removes a name; the canonical one stays (rename the entity instead). */
export async function removeName(db: PrismaClient, actorId: string, nameId: string): Promise<KbOutcome<NameWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const row = await tx.entityName.findUnique({ where: { id: nameId }, select: { entityId: true, name: true, lang: true, kind: true, ambiguous: true } });
      if (!row) throw new Refusal('This name was already removed. Reload the page.');
      if (row.kind === 'CANONICAL') throw new Refusal('The canonical name cannot be removed: give the entity another name instead.');
      await tx.entityName.delete({ where: { id: nameId } });
      await recordAudit(tx, { actorId, action: 'entity.name.remove', targetType: 'entity', targetId: row.entityId, before: { nameId, ...row } });
      return { entityId: row.entityId, retagJobId: await queueRetag(tx, row.entityId, [row.name], actorId) };
    }),
  );
}

/** Marks a name ambiguous (found only near the entity's context words) or not. */
export async function setNameAmbiguous(db: PrismaClient, actorId: string, nameId: string, ambiguous: boolean): Promise<KbOutcome<NameWritten>> {
  return attemptWrite(() =>
    db.$transaction(async (tx) => {
      const row = await tx.entityName.findUnique({ where: { id: nameId }, select: { entityId: true, name: true, ambiguous: true, entity: { select: { contextWords: true } } } });
      if (!row) throw new Refusal('This name was removed. Reload the page.');
      if (ambiguous && row.entity.contextWords.length === 0) throw new Refusal('Add context words to the entity first: an ambiguous name is only found near them.');
      await tx.entityName.update({ where: { id: nameId }, data: { ambiguous } });
      await recordAudit(tx, { actorId, action: 'entity.name.ambiguous', targetType: 'entity', targetId: row.entityId, before: { nameId, ambiguous: row.ambiguous }, after: { nameId, ambiguous } });
      return { entityId: row.entityId, retagJobId: await queueRetag(tx, row.entityId, [row.name], actorId) };
    }),
  );
}
