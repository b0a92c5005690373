import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { renderBrief } from '@/lib/formats/markdown';
import { databaseForFile } from '@/scripts/testing/file-database';
import { parseCitationSnapshot } from '../citation-snapshot';
import { loadResolvers } from '../resolvers';
import { createBrief, publishDueBriefs, renameSlug, saveDraft, transition, type Actor } from './index';
import { zonedLocalToUtc } from './schedule';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const BODY = `Azerbaijan and Kazakhstan drilled without Russia.[^${ARTICLE}#p-2] See [[Khazri-2023]] and [[Xəzri-2023|the drills]].`;

const { db } = databaseForFile();
let contributor: Actor;
let otherContributor: Actor;
let editor: Actor;

async function person(name: string, role: Role): Promise<Actor> {
  return db.user.create({ data: { email: `${name.toLowerCase()}@example.test`, name, role }, select: { id: true, role: true } });
}

function expectOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
}

const auditActions = async (briefId: string) =>
  (await db.auditLog.findMany({ where: { targetType: 'brief', targetId: briefId }, orderBy: { createdAt: 'asc' }, select: { action: true } })).map((a) => a.action);

beforeAll(async () => {
  contributor = await person('Aigerim', 'CONTRIBUTOR');
  otherContributor = await person('Bakhyt', 'CONTRIBUTOR');
  editor = await person('Elena', 'EDITOR');
});

describe('the brief workflow', () => {
  let briefId = '';
  let slug = '';

  it('creates a draft with a unique slug from its title, and a "created" history entry', async () => {
    const created = await createBrief(db, contributor, { title: 'Drills without Russia' });
    expectOk(created);
    expect(created.value).toMatchObject({ slug: 'drills-without-russia', version: 1 });
    briefId = created.value.id;
    slug = created.value.slug;
    const history = await db.briefStatusChange.findMany({ where: { briefId } });
    expect(history).toEqual([expect.objectContaining({ from: null, to: 'DRAFT', reason: 'created', actorId: contributor.id })]);
    const twin = await createBrief(db, otherContributor, { title: 'Drills without Russia!' });
    expectOk(twin);
    expect(twin.value.slug).toBe('drills-without-russia-2');
    expect(await createBrief(db, contributor, { title: '   ' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { title: [expect.any(String)] } });
  });

  it('saves a draft on top of the current version, and refuses a stale save without overwriting', async () => {
    const saved = await saveDraft(db, contributor, briefId, { title: 'Drills without Russia', body: BODY, baseVersion: 1 });
    expectOk(saved);
    expect(saved.value.version).toBe(2);
    const stale = await saveDraft(db, contributor, briefId, { title: 'Older tab', body: 'typed in another tab', baseVersion: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.code !== 'conflict' || !stale.conflict) throw new Error('expected a conflict');
    expect(stale.conflict.theirs).toMatchObject({ body: BODY, version: 2, by: 'Aigerim' });
    expect(stale.conflict.yours).toEqual({ title: 'Older tab', body: 'typed in another tab' });
    const row = await db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expect(row).toMatchObject({ title: 'Drills without Russia', body: BODY, version: 2 });
    // Keeping one's own text means saving again on top of theirs.
    const mine = await saveDraft(db, contributor, briefId, { title: 'Drills without Russia', body: `${BODY}\n`, baseVersion: 2 });
    expectOk(mine);
    expect(mine.value.version).toBe(3);
    expect(await saveDraft(db, otherContributor, briefId, { title: 'x', body: 'x', baseVersion: 3 })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('takes a save retried after its answer was lost as the one save it was, not as a conflict or a second version', async () => {
    // A brief of its own: the tests around this one follow one brief's history.
    const created = await createBrief(db, contributor, { title: 'Saved while an instance died' });
    expectOk(created);
    const id = created.value.id;
    const draft = { title: 'Saved while an instance died', body: BODY, baseVersion: 1 };
    const first = await saveDraft(db, contributor, id, draft);
    expectOk(first);
    expect(first.value).toMatchObject({ version: 2, unchanged: false });
    // The browser never heard of it, so it sends the same text on the same base again.
    const retried = await saveDraft(db, contributor, id, draft);
    expectOk(retried);
    expect(retried.value).toMatchObject({ version: 2, unchanged: true });
    expect(await auditActions(id)).toEqual(['brief.create', 'brief.save']);
    // Another text on that old base is still a conflict.
    expect(await saveDraft(db, contributor, id, { ...draft, body: 'something else' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.brief.findUniqueOrThrow({ where: { id }, select: { body: true, version: true } })).toEqual({ body: BODY, version: 2 });
  });

  it('lets the author submit for review, with a reason', async () => {
    expect(await transition(db, contributor, briefId, 'IN_REVIEW', { reason: ' ' })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await transition(db, otherContributor, briefId, 'IN_REVIEW', { reason: 'mine now' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await transition(db, contributor, briefId, 'IN_REVIEW', { reason: 'ready for review' })).toMatchObject({ ok: true, value: { status: 'IN_REVIEW' } });
  });

  it('does not let a contributor publish', async () => {
    expect(await transition(db, contributor, briefId, 'PUBLISHED', { reason: 'go' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.briefRevision.count({ where: { briefId } })).toBe(0);
  });

  it('publishes revision 1 with the cited paragraphs as they read', async () => {
    expect(await transition(db, editor, briefId, 'PUBLISHED', { reason: 'checked', expectedVersion: 2 })).toMatchObject({ ok: false, code: 'stale' });
    const published = await transition(db, editor, briefId, 'PUBLISHED', { reason: 'checked the sources', expectedVersion: 3 });
    expect(published).toMatchObject({ ok: true, value: { status: 'PUBLISHED', revision: 1, slug } });
    const revision = await db.briefRevision.findUniqueOrThrow({ where: { briefId_number: { briefId, number: 1 } } });
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { article: { slug: ARTICLE }, position: 2 } });
    expect(parseCitationSnapshot(revision.citations)).toEqual([{ ref: `${ARTICLE}#p-2`, articleSlug: ARTICLE, position: 2, text: paragraph.text }]);
    expect(revision).toMatchObject({ title: 'Drills without Russia', body: `${BODY}\n`, figures: [], correctionNote: null, publishedById: editor.id });
  });

  it('republishes after edits as revision 2, only with a correction note', async () => {
    expect(await transition(db, editor, briefId, 'PUBLISHED', { reason: 'again', correctionNote: 'nothing' })).toMatchObject({ ok: false, code: 'invalid' });
    const edited = await saveDraft(db, editor, briefId, { title: 'Drills without Russia', body: `${BODY}\n\nA corrected date.`, baseVersion: 3 });
    expectOk(edited);
    expect(await transition(db, editor, briefId, 'PUBLISHED', { reason: 'fix' })).toMatchObject({ ok: false, fieldErrors: { correctionNote: [expect.any(String)] } });
    const again = await transition(db, editor, briefId, 'PUBLISHED', { reason: 'fix the date', correctionNote: 'The date of the drills was corrected.' });
    expect(again).toMatchObject({ ok: true, value: { revision: 2 } });
    const revisions = await db.briefRevision.findMany({ where: { briefId }, orderBy: { number: 'asc' } });
    expect(revisions.map((r) => [r.number, r.correctionNote])).toEqual([[1, null], [2, 'The date of the drills was corrected.']]);
    expect(revisions[0]?.body).toBe(`${BODY}\n`);
  });

  it('quotes a cited paragraph as published, and flags it when the article text changed since', async () => {
    const revision = await db.briefRevision.findUniqueOrThrow({ where: { briefId_number: { briefId, number: 2 } } });
    const paragraph = await db.paragraph.findFirstOrThrow({ where: { article: { slug: ARTICLE }, position: 2 } });
    await db.paragraph.update({ where: { id: paragraph.id }, data: { text: `${paragraph.text} (corrected)` } });
    const cited = parseCitationSnapshot(revision.citations);
    const resolvers = await loadResolvers(revision.body, { db, citedTexts: cited });
    expect(resolvers.citation(ARTICLE, 2)).toMatchObject({ text: paragraph.text, changed: true, articleTitle: expect.stringContaining('Khazri-2023') });
    expect(resolvers.entity('xəzri 2023')).toEqual({ href: '/exercises/khazri-2023', name: 'Khazri-2023' });
    const fresh = await loadResolvers(revision.body, { db });
    expect(fresh.citation(ARTICLE, 2)?.text).toBe(`${paragraph.text} (corrected)`);
    expect(fresh.citation(ARTICLE, 99)).toBeNull();
    expect(renderBrief(revision.body, resolvers).problems).toEqual([]);
    await db.paragraph.update({ where: { id: paragraph.id }, data: { text: paragraph.text } });
  });

  it('unpublishes, then schedules and publishes when due, exactly once', async () => {
    expect(await transition(db, editor, briefId, 'UNPUBLISHED', { reason: 'legal check' })).toMatchObject({ ok: true, value: { status: 'UNPUBLISHED' } });
    const current = await db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expectOk(await saveDraft(db, editor, briefId, { title: current.title, body: `${current.body}\n\nReviewed by counsel.`, baseVersion: current.version }));
    const now = new Date('2030-01-01T00:00:00Z');
    expect(await transition(db, editor, briefId, 'SCHEDULED', { reason: 'later', scheduledFor: new Date('2029-12-31T00:00:00Z'), scheduledTz: 'Asia/Almaty', now })).toMatchObject({ ok: false, fieldErrors: { scheduledFor: [expect.any(String)] } });
    expect(await transition(db, editor, briefId, 'SCHEDULED', { reason: 'later', scheduledFor: new Date('2030-01-02T00:00:00Z'), scheduledTz: 'Mars/Olympus', now })).toMatchObject({ ok: false, fieldErrors: { scheduledTz: [expect.any(String)] } });
    expect(await transition(db, contributor, briefId, 'SCHEDULED', { reason: 'later', scheduledFor: new Date('2030-01-02T00:00:00Z'), scheduledTz: 'UTC', now })).toMatchObject({ ok: false, code: 'forbidden' });
    const at = zonedLocalToUtc('2030-01-02T09:00', 'Asia/Baku');
    expect(at?.toISOString()).toBe('2030-01-02T05:00:00.000Z');
    const scheduled = await transition(db, editor, briefId, 'SCHEDULED', { reason: 'after the legal check', scheduledFor: at ?? undefined, scheduledTz: 'Asia/Baku', correctionNote: 'Legal review done.', now });
    expect(scheduled).toMatchObject({ ok: true, value: { status: 'SCHEDULED' } });
    expect(await db.brief.findUniqueOrThrow({ where: { id: briefId } })).toMatchObject({ scheduledTz: 'Asia/Baku', scheduledFor: at });

    expect((await publishDueBriefs(db, new Date('2030-01-02T04:59:00Z'))).published).toEqual([]);
    const [first, second] = await Promise.all([publishDueBriefs(db, new Date('2030-01-02T05:00:00Z')), publishDueBriefs(db, new Date('2030-01-02T05:00:00Z'))]);
    expect([...(first?.published ?? []), ...(second?.published ?? [])]).toEqual([slug]);
    expect((await publishDueBriefs(db, new Date('2030-01-03T00:00:00Z'))).published).toEqual([]);
    const brief = await db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expect(brief).toMatchObject({ status: 'PUBLISHED', scheduledFor: null, scheduledTz: null });
    const revisions = await db.briefRevision.findMany({ where: { briefId }, orderBy: { number: 'asc' } });
    expect(revisions).toHaveLength(3);
    expect(revisions[2]).toMatchObject({ correctionNote: 'Legal review done.', publishedById: editor.id });
    const last = await db.briefStatusChange.findFirstOrThrow({ where: { briefId }, orderBy: { createdAt: 'desc' } });
    expect(last).toMatchObject({ from: 'SCHEDULED', to: 'PUBLISHED', reason: 'scheduled publication', actorId: null });
  });

  it('renames the slug and keeps the old one for redirects; never hands it out again', async () => {
    expect(await renameSlug(db, contributor, briefId, { slug: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await renameSlug(db, editor, briefId, { slug: 'Not A Slug!' })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect(await renameSlug(db, editor, briefId, { slug: 'drills-without-russia-2' })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect(await renameSlug(db, editor, briefId, { slug: 'caspian-drills-without-russia' })).toEqual({ ok: true, value: { slug: 'caspian-drills-without-russia', previous: slug } });
    expect(await db.briefSlug.findUnique({ where: { slug } })).toMatchObject({ briefId });
    const newcomer = await createBrief(db, contributor, { title: 'Drills without Russia' });
    expectOk(newcomer);
    expect(newcomer.value.slug).toBe('drills-without-russia-3');
    expect(await renameSlug(db, editor, newcomer.value.id, { slug })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
  });

  it('refuses to publish a brief with an unknown citation or entity, and says where', async () => {
    const created = await createBrief(db, contributor, { title: 'Unsourced' });
    expectOk(created);
    const body = 'Line one.\nA claim.[^no-such-article#p-1] And [[Atlantis]].';
    expectOk(await saveDraft(db, contributor, created.value.id, { title: 'Unsourced', body, baseVersion: 1 }));
    const refused = await transition(db, editor, created.value.id, 'PUBLISHED', { reason: 'go' });
    expect(refused).toMatchObject({ ok: false, code: 'problems' });
    if (refused.ok || refused.code !== 'problems' || !refused.problems) throw new Error('expected problems');
    expect(refused.problems.map((p) => [p.kind, p.line])).toEqual([['unknown-citation', 2], ['unknown-entity', 2]]);
    expect(await db.brief.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({ status: 'DRAFT' });
    expect(await db.briefRevision.count({ where: { briefId: created.value.id } })).toBe(0);
    expect(await transition(db, editor, created.value.id, 'SCHEDULED', { reason: 'later', scheduledFor: new Date(Date.now() + 3_600_000), scheduledTz: 'UTC' })).toMatchObject({ ok: false, code: 'problems' });
  });

  it('keeps an audit record of every write, in order', async () => {
    expect(await auditActions(briefId)).toEqual([
      'brief.create',
      'brief.save',
      'brief.save',
      'brief.submit',
      'brief.publish',
      'brief.save',
      'brief.republish',
      'brief.unpublish',
      'brief.save',
      'brief.schedule',
      'brief.publish',
      'brief.rename',
    ]);
    const steps = await db.briefStatusChange.count({ where: { briefId } });
    expect(steps).toBe(7);
  });
});
