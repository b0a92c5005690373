import { beforeAll, describe, expect, it } from 'vitest';
import { databaseForFile } from '@/scripts/testing/file-database';
import { loadResolvers } from '../resolvers';
import { createBrief, publishDueBriefs, renameSlug, saveDraft, transition, type Actor } from './index';
import { SLUG_PATTERN } from './slug';
import { isTimeZone, zonedLocalToUtc } from './schedule';

const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const GOOD = `A sourced claim.[^${ARTICLE}#p-1]`;

const { db } = databaseForFile();
let contributor: Actor;
let editor: Actor;

function expectOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
}

/** A brief by the contributor with `body` saved, at version 2. */
async function briefWith(title: string, body: string): Promise<{ id: string; slug: string }> {
  const created = await createBrief(db, contributor, { title });
  expectOk(created);
  expectOk(await saveDraft(db, contributor, created.value.id, { title, body, baseVersion: 1 }));
  return { id: created.value.id, slug: created.value.slug };
}

beforeAll(async () => {
  contributor = await db.user.create({ data: { email: 'c@example.test', name: 'Contributor', role: 'CONTRIBUTOR' }, select: { id: true, role: true } });
  editor = await db.user.create({ data: { email: 'e@example.test', name: 'Editor', role: 'ADMIN' }, select: { id: true, role: true } });
});

describe('brief workflow edges', () => {
  it('does not make a new version for a save that changes nothing', async () => {
    const { id } = await briefWith('Idle save', GOOD);
    const again = await saveDraft(db, contributor, id, { title: 'Idle save', body: GOOD, baseVersion: 2 });
    expect(again).toMatchObject({ ok: true, value: { version: 2, unchanged: true } });
    expect(await db.auditLog.count({ where: { targetId: id, action: 'brief.save' } })).toBe(1);
  });

  it('lets only editors send a brief back with changes requested, and cancel a schedule', async () => {
    const { id } = await briefWith('Back and forth', GOOD);
    expectOk(await transition(db, contributor, id, 'IN_REVIEW', { reason: 'please review' }));
    expect(await transition(db, contributor, id, 'DRAFT', { reason: 'withdraw' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await transition(db, editor, id, 'DRAFT', { reason: 'cite the second paragraph too' })).toMatchObject({ ok: true, value: { status: 'DRAFT' } });
    expectOk(await transition(db, editor, id, 'SCHEDULED', { reason: 'tomorrow', scheduledFor: new Date(Date.now() + 86_400_000), scheduledTz: 'Asia/Tashkent' }));
    expect(await transition(db, editor, id, 'DRAFT', { reason: 'not yet' })).toMatchObject({ ok: true, value: { status: 'DRAFT' } });
    expect(await db.brief.findUniqueOrThrow({ where: { id } })).toMatchObject({ scheduledFor: null, scheduledTz: null });
    expect(await transition(db, editor, id, 'UNPUBLISHED', { reason: 'x' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('shows the last revision again when an unchanged brief is republished after unpublishing', async () => {
    const { id } = await briefWith('Back on show', GOOD);
    expectOk(await transition(db, editor, id, 'PUBLISHED', { reason: 'ok' }));
    expect(await transition(db, editor, id, 'PUBLISHED', { reason: 'again', correctionNote: 'none' })).toMatchObject({ ok: false, code: 'invalid' });
    expectOk(await transition(db, editor, id, 'UNPUBLISHED', { reason: 'check' }));
    expect(await transition(db, editor, id, 'PUBLISHED', { reason: 'checked' })).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await db.briefRevision.count({ where: { briefId: id } })).toBe(1);
  });

  it('sends a scheduled brief that can no longer be published back to draft, saying why', async () => {
    const { id, slug } = await briefWith('Doomed schedule', GOOD);
    const now = new Date('2031-01-01T00:00:00Z');
    expectOk(await transition(db, editor, id, 'SCHEDULED', { reason: 'later', scheduledFor: new Date('2031-01-02T00:00:00Z'), scheduledTz: 'UTC', now }));
    // Editors may still edit a scheduled brief; this edit breaks a citation.
    expectOk(await saveDraft(db, editor, id, { title: 'Doomed schedule', body: 'Broken.[^no-such-article#p-1]', baseVersion: 2 }));
    const due = await publishDueBriefs(db, new Date('2031-01-02T00:00:01Z'));
    expect(due.failed).toContain(slug);
    expect(due.published).not.toContain(slug);
    expect(await db.brief.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', scheduledFor: null });
    const last = await db.briefStatusChange.findFirstOrThrow({ where: { briefId: id }, orderBy: { createdAt: 'desc' } });
    expect(last.reason).toMatch(/^Scheduled publication failed: .*problem/);
    expect(await db.auditLog.count({ where: { targetId: id, action: 'brief.schedule-failed', actorId: null } })).toBe(1);
    expect((await publishDueBriefs(db, new Date('2031-01-03T00:00:00Z'))).failed).not.toContain(slug);
  });

  it('lets a brief take back one of its own former slugs', async () => {
    const { id, slug } = await briefWith('Round trip', GOOD);
    expectOk(await renameSlug(db, editor, id, { slug: 'round-trip-renamed' }));
    expect(await renameSlug(db, editor, id, { slug })).toEqual({ ok: true, value: { slug, previous: 'round-trip-renamed' } });
    expect((await db.briefSlug.findMany({ where: { briefId: id } })).map((s) => s.slug)).toEqual(['round-trip-renamed']);
  });

  it('makes URL slugs from any title', async () => {
    const created = await createBrief(db, contributor, { title: 'Бірлестік-2024: Қазақстан мен Әзірбайжан' });
    expectOk(created);
    expect(created.value.slug).toMatch(SLUG_PATTERN);
    const punctuation = await createBrief(db, contributor, { title: '???' });
    expectOk(punctuation);
    expect(punctuation.value.slug).toMatch(/^brief(-\d+)?$/);
  });

  it('resolves no entity for a name that two entities share', async () => {
    for (const slug of ['twin-one', 'twin-two']) {
      await db.entity.create({ data: { slug, type: 'PLACE', name: slug, names: { create: { name: 'Twin Peak', normalized: 'twin peak', lang: 'en', kind: 'CANONICAL' } } } });
    }
    const resolvers = await loadResolvers('[[Twin Peak]] and [[Khazri-2023]]', { db });
    expect(resolvers.entity('Twin Peak')).toBeNull();
    expect(resolvers.entity('KHAZRI 2023')).toEqual({ href: '/exercises/khazri-2023', name: 'Khazri-2023' });
  });
});

describe('figures and the knowledge base', () => {
  const FIGURE = '::figure{kind="table" countries="kazakhstan,narnia" org="csto"}';

  it('knows the countries and organizations that exist and are not retired', async () => {
    await db.entity.create({ data: { slug: 'retired-land', type: 'COUNTRY', name: 'Retired Land', retiredAt: new Date(), retiredReason: 'a test' } });
    const resolvers = await loadResolvers(`${FIGURE}\n\n::figure{kind="map" countries="retired-land,russia"}`, { db });
    const known = (kind: 'country' | 'organization', slug: string) => resolvers.figureScope?.(kind, slug);
    expect([known('country', 'kazakhstan'), known('country', 'russia'), known('organization', 'csto')]).toEqual([true, true, true]);
    expect([known('country', 'narnia'), known('country', 'retired-land'), known('country', 'csto'), known('organization', 'kazakhstan')]).toEqual([false, false, false, false]);
  });

  it('refuses to publish a figure naming an unknown country, and leaves a published revision unchecked', async () => {
    const { id } = await briefWith('Unknown country figure', `${GOOD}\n\n${FIGURE}`);
    const refused = await transition(db, editor, id, 'PUBLISHED', { reason: 'try' });
    expect(refused).toMatchObject({ ok: false, code: 'problems', problems: [{ kind: 'unknown-figure', line: 3, message: expect.stringMatching(/^Unknown country "narnia"/) }] });
    const published = await loadResolvers(FIGURE, { db, citedTexts: [] });
    expect(published.figureScope).toBeUndefined();
  });
});

describe('scheduling time zones', () => {
  it('reads a wall-clock time in the chosen zone, across daylight saving', () => {
    expect(zonedLocalToUtc('2030-01-15T12:00', 'Europe/London')?.toISOString()).toBe('2030-01-15T12:00:00.000Z');
    expect(zonedLocalToUtc('2030-07-15T12:00', 'Europe/London')?.toISOString()).toBe('2030-07-15T11:00:00.000Z');
    expect(zonedLocalToUtc('2030-07-15T12:00', 'Asia/Tashkent')?.toISOString()).toBe('2030-07-15T07:00:00.000Z');
    expect(zonedLocalToUtc('2030-07-15', 'UTC')).toBeNull();
    expect(zonedLocalToUtc('2030-07-15T12:00', 'Nowhere/City')).toBeNull();
    expect(isTimeZone('Asia/Almaty')).toBe(true);
    expect(isTimeZone('asia/almaty; drop table')).toBe(false);
  });

  it('refuses to send a brief with problems for review, as it refuses to publish one', async () => {
    const { id } = await briefWith('Broken for review', 'A claim.[^no-such-article#p-1]');
    expect(await transition(db, contributor, id, 'IN_REVIEW', { reason: 'please review' })).toMatchObject({ ok: false, code: 'problems' });
    expect((await db.brief.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  });
});
