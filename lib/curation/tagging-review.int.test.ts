import slugify from '@sindresorhus/slugify';
import { beforeAll, describe, expect, it } from 'vitest';
import { retagAllArticles } from '@/lib/tagging/store';
import { databaseForFile } from '@/scripts/testing/file-database';
import { acceptCandidate, rejectCandidate } from './candidates';
import { reviewMention } from './mentions';

const { db } = databaseForFile();
let editor: string;

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'e@example.test', name: 'Ed Editor', role: 'EDITOR' } })).id;
});

/** What readers see: every mention not rejected. */
const visible = (entityId: string) => db.mention.count({ where: { entityId, status: { not: 'REJECTED' } } });

describe('mention review', () => {
  it('keeps a rejected mention rejected, and off reader pages, through re-tagging', async () => {
    const mention = await db.mention.findFirstOrThrow({ where: { status: 'PROPOSED' }, orderBy: { id: 'asc' } });
    const before = await visible(mention.entityId);
    const result = await reviewMention(db, editor, mention.id, 'REJECTED');
    expect(result).toMatchObject({ ok: true, value: { articleSlug: expect.any(String), entityHref: expect.stringMatching(/^\/[a-z]+\//) } });
    expect(await visible(mention.entityId)).toBe(before - 1);

    await retagAllArticles(db);
    const same = await db.mention.findMany({ where: { paragraphId: mention.paragraphId, start: mention.start, entityId: mention.entityId } });
    expect(same).toEqual([expect.objectContaining({ id: mention.id, status: 'REJECTED' })]);
    expect(await visible(mention.entityId)).toBe(before - 1);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'mention.reject', targetId: mention.id } });
    expect(audit).toMatchObject({ actorId: editor, before: { status: 'PROPOSED' }, after: { status: 'REJECTED' } });
  });

  it('keeps an accepted mention through re-tagging', async () => {
    const mention = await db.mention.findFirstOrThrow({ where: { status: 'PROPOSED' }, orderBy: { id: 'desc' } });
    await reviewMention(db, editor, mention.id, 'ACCEPTED');
    await retagAllArticles(db);
    expect(await db.mention.findUniqueOrThrow({ where: { id: mention.id } })).toMatchObject({ status: 'ACCEPTED' });
    expect(await reviewMention(db, editor, 'cnotamention000000000000', 'REJECTED')).toMatchObject({ ok: false });
  });
});

describe('candidate review', () => {
  it('accepts a candidate as a new entity and tags it in the articles', async () => {
    const candidate = await db.entityCandidate.findFirstOrThrow({ where: { status: 'PROPOSED' }, orderBy: [{ surface: 'asc' }] });
    const result = await acceptCandidate(db, editor, candidate.id, candidate.suggestedType);
    if (!result.ok) throw new Error(result.message);
    const { entity } = result.value;
    expect(entity).toMatchObject({ name: candidate.surface, type: candidate.suggestedType, slug: slugify(candidate.surface) });
    expect(result.value.mentions).toBeGreaterThan(0);

    const names = await db.entityName.findMany({ where: { entityId: entity.id } });
    expect(names).toEqual([expect.objectContaining({ name: candidate.surface, kind: 'CANONICAL', normalized: candidate.normalized })]);
    // The candidate's own place in the text is now a mention of the entity.
    expect(await db.mention.count({ where: { entityId: entity.id, paragraphId: candidate.paragraphId, start: candidate.start } })).toBe(1);
    expect(await db.entityCandidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({ status: 'ACCEPTED' });
    expect(await db.entityCandidate.count({ where: { normalized: candidate.normalized, status: 'PROPOSED' } })).toBe(0);

    const audit = await db.auditLog.findMany({ where: { actorId: editor, action: { in: ['entity.create', 'candidate.accept'] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(['candidate.accept', 'entity.create']);
    expect(audit.find((a) => a.action === 'candidate.accept')).toMatchObject({ targetId: candidate.id, after: { status: 'ACCEPTED', entityId: entity.id } });

    expect(await acceptCandidate(db, editor, candidate.id, 'PERSON')).toMatchObject({ ok: false });
  });

  it('rejects a candidate for good', async () => {
    const candidate = await db.entityCandidate.findFirstOrThrow({ where: { status: 'PROPOSED' }, orderBy: [{ surface: 'desc' }] });
    expect(await rejectCandidate(db, editor, candidate.id)).toMatchObject({ ok: true });
    await retagAllArticles(db);
    const same = await db.entityCandidate.findMany({ where: { paragraphId: candidate.paragraphId, start: candidate.start, surface: candidate.surface } });
    expect(same).toEqual([expect.objectContaining({ id: candidate.id, status: 'REJECTED' })]);
    expect(await db.auditLog.count({ where: { action: 'candidate.reject', targetId: candidate.id } })).toBe(1);
    expect(await rejectCandidate(db, editor, candidate.id)).toMatchObject({ ok: false });
  });
});
