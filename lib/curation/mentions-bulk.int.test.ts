import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { reviewMention } from './mentions';
import { reviewMentionsInBulk } from './mentions-bulk';

const KHAZRI = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const { db } = databaseForFile();
let editor: string;
let articleId: string;

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'bulk@example.test', name: 'Bulk Reviewer', role: 'EDITOR' } })).id;
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: KHAZRI }, select: { id: true } })).id;
});

const statuses = async (where: object) =>
  (await db.mention.findMany({ where: { paragraph: { articleId }, ...where }, select: { status: true } })).map((m) => m.status);

describe('bulk mention review', () => {
  it('decides every mention of one entity at once, then every one still proposed', async () => {
    const kazakhstan = await db.entity.findUniqueOrThrow({ where: { slug: 'kazakhstan' }, select: { id: true } });
    const ofKazakhstan = await db.mention.findMany({ where: { paragraph: { articleId }, entityId: kazakhstan.id }, select: { id: true } });
    expect(ofKazakhstan.length).toBeGreaterThan(1);
    // One was already rejected by hand: "every mention of the entity" includes it.
    const first = ofKazakhstan[0];
    if (!first) throw new Error('no mention');
    await reviewMention(db, editor, first.id, 'REJECTED');

    const accepted = await reviewMentionsInBulk(db, editor, { articleId, entityId: kazakhstan.id, decision: 'ACCEPTED' });
    expect(accepted).toEqual({ ok: true, value: { count: ofKazakhstan.length, entityIds: [kazakhstan.id] } });
    expect(new Set(await statuses({ entityId: kazakhstan.id }))).toEqual(new Set(['ACCEPTED']));

    const others = await statuses({ entityId: { not: kazakhstan.id } });
    const rejected = await reviewMentionsInBulk(db, editor, { articleId, entityId: null, decision: 'REJECTED' });
    expect(rejected).toMatchObject({ ok: true, value: { count: others.filter((s) => s === 'PROPOSED').length } });
    expect(await statuses({ status: 'PROPOSED' })).toEqual([]);
    // The accepted ones were not "still proposed", so they kept their decision.
    expect(new Set(await statuses({ entityId: kazakhstan.id }))).toEqual(new Set(['ACCEPTED']));

    const audit = await db.auditLog.findMany({ where: { targetId: articleId, action: { in: ['mention.bulk-accept', 'mention.bulk-reject'] } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['mention.bulk-accept', 'mention.bulk-reject']);
    expect(await reviewMentionsInBulk(db, editor, { articleId, entityId: null, decision: 'REJECTED' })).toEqual({ ok: true, value: { count: 0, entityIds: [] } });
  });

  it('refuses an unknown article or entity', async () => {
    expect(await reviewMentionsInBulk(db, editor, { articleId: 'cnotanarticle00000000000', entityId: null, decision: 'ACCEPTED' })).toMatchObject({ ok: false });
    expect(await reviewMentionsInBulk(db, editor, { articleId, entityId: 'cnotanentity000000000000', decision: 'ACCEPTED' })).toMatchObject({ ok: false });
  });
});
