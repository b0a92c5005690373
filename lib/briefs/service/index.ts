// The brief domain: every write and its audit record in one transaction; expected failures are
// returned as values (the one result type, lib/platform/result.ts; see types.ts), so actions can show them beside the form.
import { recordAudit } from '@/lib/platform/audit/record';
import { hasRole } from '@/lib/platform/auth/roles';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseField, slugSchema, titleSchema } from './inputs';
import { bodySizeError } from './limits';
import { canEditDraft } from './rules';
import { freeSlug, slugFromTitle, slugHolder } from './slug';
import { failure, ok } from '@/lib/platform/result';
import {
  BRIEF_TARGET,
  type Actor,
  type CreateBriefResult,
  type Db,
  type RenameSlugResult,
  type SaveDraftResult,
  type Tx,
} from './types';

export { transition } from './transition';
export { publishDueBriefs } from './publish';
export { restoreRevision, type RestoreResult } from './restore';
export { purgeTrash, restoreFromTrash, trashBrief, type TrashResult } from './trash';
export type * from './types';


const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function checkTitle(title: string) {
  const parsed = parseField(titleSchema, title, 'title');
  return parsed.ok ? null : parsed;
}

export async function createBrief(db: Db, actor: Actor, input: { title: string }): Promise<CreateBriefResult> {
  const title = input.title.trim();
  const invalid = checkTitle(title);
  if (invalid) return invalid;
  const base = slugFromTitle(title);
  // Two briefs created at once with the same title: the loser of the unique index tries again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await freeSlug(tx, base);
        const brief = await tx.brief.create({
          data: { slug, title, body: '', status: 'DRAFT', version: 1, authorId: actor.id },
          select: { id: true, slug: true, version: true },
        });
        await tx.briefStatusChange.create({ data: { briefId: brief.id, from: null, to: 'DRAFT', reason: 'created', actorId: actor.id } });
        await recordAudit(tx, { actorId: actor.id, action: 'brief.create', targetType: BRIEF_TARGET, targetId: brief.id, after: { slug, title, status: 'DRAFT' } });
        return ok(brief);
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** Who saved the version now on the server, from the audit log. */
async function lastSavedBy(tx: Tx, briefId: string): Promise<string | undefined> {
  const entry = await tx.auditLog.findFirst({
    where: { targetType: BRIEF_TARGET, targetId: briefId, action: { in: ['brief.save', 'brief.create'] } },
    orderBy: { createdAt: 'desc' },
    select: { actor: { select: { name: true } } },
  });
  return entry?.actor?.name;
}

/**
 * Saves the working draft when it is based on the version on the server; otherwise returns both
 * texts and writes nothing. Published revisions are untouched: readers see them until republished.
 */
export async function saveDraft(
  db: Db,
  actor: Actor,
  briefId: string,
  input: { title: string; body: string; baseVersion: number },
): Promise<SaveDraftResult> {
  const title = input.title.trim();
  const invalid = checkTitle(title);
  if (invalid) return invalid;
  const tooLong = bodySizeError(input.body);
  if (tooLong) return failure(tooLong, { code: 'invalid', field: 'body' });
  return db.$transaction(async (tx): Promise<SaveDraftResult> => {
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: { title: true, body: true, version: true, status: true, authorId: true, updatedAt: true, trashedAt: true },
    });
    if (!brief) return failure('This brief no longer exists.', { code: 'not-found' });
    if (brief.trashedAt) return failure('This brief is in the trash: restore it before editing.', { code: 'invalid' });
    if (!canEditDraft(actor, brief)) return failure('You can edit only your own drafts; this brief is with the editors now.', { code: 'forbidden' });
    // Already the text asked for: unchanged, whatever the version. This is how a save is retried
    // whose answer was lost (the instance died after its commit): it lands once, not as a conflict.
    if (brief.title === title && brief.body === input.body) return ok({ version: brief.version, savedAt: brief.updatedAt, unchanged: true });
    if (brief.version !== input.baseVersion) {
      return {
        ok: false,
        code: 'conflict',
        message: `Someone saved this brief (version ${brief.version}) after the version you edited (${input.baseVersion}). Nothing was overwritten.`,
        conflict: {
          theirs: { title: brief.title, body: brief.body, version: brief.version, updatedAt: brief.updatedAt, by: await lastSavedBy(tx, briefId) },
          yours: { title, body: input.body },
        },
      };
    }
    // The version in the filter makes the check and the write one step, whatever runs alongside.
    const { count } = await tx.brief.updateMany({
      where: { id: briefId, version: input.baseVersion },
      data: { title, body: input.body, version: { increment: 1 } },
    });
    if (count !== 1) return failure('Someone saved this brief at the same moment. Save again to see their text.', { code: 'stale' });
    const saved = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { version: true, updatedAt: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'brief.save',
      targetType: BRIEF_TARGET,
      targetId: briefId,
      before: { version: brief.version, title: brief.title, chars: brief.body.length },
      after: { version: saved.version, title, chars: input.body.length },
    });
    return ok({ version: saved.version, savedAt: saved.updatedAt, unchanged: false });
  });
}

/** Gives the brief a new URL; the old one is kept so that links to it redirect (308). */
export async function renameSlug(db: Db, actor: Actor, briefId: string, input: { slug: string; reason?: string }): Promise<RenameSlugResult> {
  if (!hasRole(actor.role, 'EDITOR')) return failure('Only editors can change a brief’s address.', { code: 'forbidden' });
  const parsedSlug = parseField(slugSchema, input.slug, 'slug');
  if (!parsedSlug.ok) return parsedSlug;
  const slug = parsedSlug.value;
  try {
    return await db.$transaction(async (tx): Promise<RenameSlugResult> => {
      const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { slug: true } });
      if (!brief) return failure('This brief no longer exists.', { code: 'not-found' });
      if (brief.slug === slug) return ok({ slug, previous: slug });
      const holder = await slugHolder(tx, slug);
      if (holder && holder.briefId !== briefId) {
        return failure(`“${slug}” is ${holder.former ? 'a former address of' : 'the address of'} another brief; choose another.`, { code: 'invalid', field: 'slug' });
      }
      // Taking back one of its own former slugs: that slug stops redirecting and serves again.
      if (holder?.former) await tx.briefSlug.delete({ where: { slug } });
      await tx.briefSlug.create({ data: { slug: brief.slug, briefId } });
      await tx.brief.update({ where: { id: briefId }, data: { slug } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'brief.rename',
        targetType: BRIEF_TARGET,
        targetId: briefId,
        before: { slug: brief.slug },
        after: { slug },
        reason: input.reason?.trim() || null,
      });
      return ok({ slug, previous: brief.slug });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failure(`“${slug}” was just taken by another brief; choose another.`, { code: 'invalid', field: 'slug' });
    throw error;
  }
}
