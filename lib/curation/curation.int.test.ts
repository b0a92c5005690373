import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEra } from '@/lib/articles/era';
import { databaseForFile } from '@/scripts/testing/file-database';
import { readArticleForCuration } from './article-review';
import { parseEditorDate } from './date-input';
import { listArticlesForCuration } from './list';
import { saveArticleCuration, type CurationInput } from './metadata';

const { db } = databaseForFile();
let editor: string;

beforeAll(async () => {
  editor = (await db.user.create({ data: { email: 'e@example.test', name: 'Ed Editor', role: 'EDITOR' } })).id;
});

const cleared: CurationInput = { title: null, authors: [], source: { kind: 'parsed' }, published: null, era: null, note: null, baseSavedAt: null };

/** The stamp a form loaded now would carry: saves below start from the values they replace. */
const stamp = async (articleId: string) => (await db.articleCuration.findUnique({ where: { articleId } }))?.updatedAt.toISOString() ?? null;

function date(text: string, offset = '') {
  const parsed = parseEditorDate(text, offset);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const effective = (id: string) =>
  db.article.findUniqueOrThrow({
    where: { id },
    select: { sourceId: true, publishedAt: true, era: true, eraBasis: true, parsedSourceId: true, parsedPublishedAt: true, yearsMentioned: true },
  });

describe('article curation', () => {
  it('lists articles missing metadata first, with their proposed candidates', async () => {
    const page = await listArticlesForCuration(db, 1);
    expect(page.total).toBe(await db.article.count());
    const gaps = page.items.map((i) => Object.values(i.missing).filter(Boolean).length);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    const candidates = await db.entityCandidate.count({ where: { status: 'PROPOSED' } });
    expect(page.items.reduce((n, i) => n + i.proposedCandidates, 0)).toBe(candidates);
  });

  it('recomputes the stored effective fields and era, and falls back to parsed values when cleared', async () => {
    const article = await db.article.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { id: true } });
    const parsed = await effective(article.id);

    const saved = await saveArticleCuration(db, editor, article.id, {
      title: 'Editor title',
      authors: ['A. Writer', 'B. Writer'],
      source: { kind: 'new', name: 'Caspian Test Gazette' },
      published: date('2019-05-04 10:30', '+03:00'),
      era: null,
      note: 'From the print edition.',
      baseSavedAt: await stamp(article.id),
    });
    expect(saved).toMatchObject({ ok: true, value: { createdSource: true } });
    const source = await db.source.findUniqueOrThrow({ where: { name: 'Caspian Test Gazette' } });
    expect(source.slug).toBe('caspian-test-gazette');
    let now = await effective(article.id);
    expect(now).toMatchObject({ sourceId: source.id, era: 'CSTO_ERA', eraBasis: 'PUBLISHED_DATE' });
    expect(now.publishedAt?.toISOString()).toBe('2019-05-04T07:30:00.000Z');
    const curation = await db.articleCuration.findUniqueOrThrow({ where: { articleId: article.id } });
    expect(curation).toMatchObject({ title: 'Editor title', authors: ['A. Writer', 'B. Writer'], datePrecision: 'MINUTE', tzOffsetMinutes: 180 });

    // The same name in other letters is the same publication; the era can be overridden.
    expect(await saveArticleCuration(db, editor, article.id, { ...cleared, source: { kind: 'new', name: 'caspian test  GAZETTE' }, published: date('2023'), era: 'CSTO_ERA', baseSavedAt: await stamp(article.id) })).toMatchObject({
      ok: true,
      value: { createdSource: false },
    });
    now = await effective(article.id);
    expect(now).toMatchObject({ sourceId: source.id, era: 'CSTO_ERA', eraBasis: 'EDITOR' });
    expect(now.publishedAt?.toISOString()).toBe('2023-01-01T00:00:00.000Z');

    await saveArticleCuration(db, editor, article.id, { ...cleared, published: date('2023-03'), baseSavedAt: await stamp(article.id) });
    expect(await effective(article.id)).toMatchObject({ era: 'POST_2022', eraBasis: 'PUBLISHED_DATE' });

    await saveArticleCuration(db, editor, article.id, { ...cleared, baseSavedAt: await stamp(article.id) });
    now = await effective(article.id);
    expect(now.sourceId).toBe(parsed.parsedSourceId);
    expect(now.publishedAt).toEqual(parsed.parsedPublishedAt);
    expect({ era: now.era, eraBasis: now.eraBasis }).toEqual(deriveEra({ publishedAt: parsed.parsedPublishedAt, yearsMentioned: parsed.yearsMentioned }));

    const audit = await db.auditLog.findMany({ where: { action: 'article.curate', targetId: article.id }, orderBy: { createdAt: 'asc' } });
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({ actorId: editor, before: { curation: null }, after: { curation: { title: 'Editor title' }, effective: { era: 'CSTO_ERA' } } });
    expect(audit[1]).toMatchObject({ after: { effective: { eraBasis: 'EDITOR' } } });
  });

  it('refuses a publication that does not exist', async () => {
    const article = await db.article.findFirstOrThrow({ select: { id: true } });
    expect(await saveArticleCuration(db, editor, article.id, { ...cleared, source: { kind: 'existing', id: 'cnotarealsource000000000' } })).toMatchObject({ ok: false });
  });

  it('reads an article for review with its parsed and editor values', async () => {
    const article = await db.article.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { id: true } });
    await saveArticleCuration(db, editor, article.id, { ...cleared, title: 'Reviewed', published: date('2021-12-31'), baseSavedAt: await stamp(article.id) });
    const view = await readArticleForCuration(db, article.id);
    expect(view?.curation).toMatchObject({ title: 'Reviewed', published: { iso: '2021-12-31T00:00:00.000Z', precision: 'DAY' } });
    expect(view?.displayTitle).toBe('Reviewed');
    expect(view?.effective.era).toBe('CSTO_ERA');
    expect(view?.sources.length).toBeGreaterThan(0);
    expect(await readArticleForCuration(db, 'cnotanarticle00000000000')).toBeNull();
  });

  it('refuses a save made from values another editor has since replaced, and shows theirs', async () => {
    const article = await db.article.findFirstOrThrow({ orderBy: { slug: 'desc' }, select: { id: true } });
    const opened = await stamp(article.id);
    // Two tabs opened at the same moment; the first saves.
    expect(await saveArticleCuration(db, editor, article.id, { ...cleared, title: 'First tab', baseSavedAt: opened })).toMatchObject({ ok: true });
    const second = await saveArticleCuration(db, editor, article.id, { ...cleared, title: 'Second tab', baseSavedAt: opened });
    expect(second).toMatchObject({ ok: false, conflict: { theirs: { title: 'First tab' } } });
    expect((await db.articleCuration.findUniqueOrThrow({ where: { articleId: article.id } })).title).toBe('First tab');
    // Saving again from what the first tab saved replaces it knowingly.
    const base = second.ok || !('conflict' in second) ? null : second.conflict.savedAt;
    expect(await saveArticleCuration(db, editor, article.id, { ...cleared, title: 'Second tab', baseSavedAt: base })).toMatchObject({ ok: true });
    expect((await db.articleCuration.findUniqueOrThrow({ where: { articleId: article.id } })).title).toBe('Second tab');
  });

  it('lets only one of two simultaneous saves from the same values through', async () => {
    const article = await db.article.findFirstOrThrow({ orderBy: { slug: 'desc' }, skip: 1, select: { id: true } });
    const opened = await stamp(article.id);
    await saveArticleCuration(db, editor, article.id, { ...cleared, title: 'Seed', baseSavedAt: opened });
    const base = await stamp(article.id);
    const results = await Promise.all(['One', 'Two', 'Three'].map((title) => saveArticleCuration(db, editor, article.id, { ...cleared, title, baseSavedAt: base })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
