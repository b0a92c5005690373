import { describe, expect, it } from 'vitest';
import { forgetLexemeStats, lexemeStats, rarityWeight } from './rarity';
import { searchDatabase, titles } from '@/scripts/testing/search-fixture';
import type { SearchHit } from './types';

const { db, search } = searchDatabase();
const khazriArticle = 'Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023';

/** Articles whose title or paragraphs match the pattern, by address. */
async function articlesSaying(pattern: RegExp): Promise<string[]> {
  const rows = await db().searchDocument.findMany({ where: { kind: 'article' }, select: { slug: true, title: true, body: true } });
  return rows.filter((a) => pattern.test(`${a.title}\n${a.body}`)).map((a) => `/articles/${a.slug}`).sort();
}

const articleHrefs = (hits: SearchHit[]) => hits.filter((h) => h.kind === 'article').map((h) => h.href).sort();

describe('spellings and vocabulary', () => {
  it('meets British and American spellings', async () => {
    const maneuvers = await articlesSaying(/maneuvers/i);
    expect(maneuvers.length).toBeGreaterThan(0);
    expect(await articlesSaying(/manoeuvres/i)).toEqual([]);
    const { hits } = await search({ q: 'manoeuvres', type: 'article' });
    for (const href of maneuvers) expect(articleHrefs(hits)).toContain(href);
    const hit = hits.find((h) => maneuvers.includes(h.href));
    expect(hit?.matched.map((m) => m.name)).toContain(false);
  });

  it('finds a ministry under any of its wordings, and says which one matched', async () => {
    const wordings = await articlesSaying(/ministr(y|ies) of defen[cs]e|defen[cs]e ministr(y|ies)/i);
    expect(wordings.length).toBeGreaterThan(1);
    const { hits } = await search({ q: 'defence ministry', type: 'article' });
    expect(articleHrefs(hits)).toEqual(wordings);
    const khazri = hits.find((h) => h.title === khazriArticle);
    expect(khazri?.matched).toEqual([{ form: 'ministry of defense', typed: 'defence ministry', name: false }]);
  });
});

describe('names misspelt or transliterated anywhere in the query', () => {
  it('expands a place typed in another transliteration among other words, and says so', async () => {
    expect(await articlesSaying(/Ochamchire/)).toEqual([]);
    const outcome = await search({ q: 'Ochamchire naval base', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug)).toContain('ochamchira-district');
    const hit = outcome.hits.find((h) => h.title === khazriArticle);
    expect(hit?.matched).toContainEqual({ form: 'Ochamchira', typed: 'Ochamchire', name: true });
  });

  it('corrects a misspelt country beside other words', async () => {
    const outcome = await search({ q: 'Azerbaijn Khazri', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug).sort()).toEqual(['azerbaijan', 'khazri-2023']);
    expect(titles(outcome.hits)[0]).toBe(khazriArticle);
  });
});

describe('graceful ranking', () => {
  it('answers a query no text has every word of with those that have most, saying what each lacks', async () => {
    const outcome = await search({ q: 'Khazri Ochamchira paratroopers Zanzibarian' });
    // "Zanzibarian" is in no document: not one of the parts a match needs, but every hit lacks it.
    expect(outcome.relaxed).toEqual({ allWords: 0, needed: 2, parts: 3 });
    const khazri = outcome.hits.find((h) => h.title === khazriArticle);
    expect(khazri?.missing).toEqual(['paratroopers', 'Zanzibarian']);
    for (const hit of outcome.hits) expect(hit.missing.length, hit.title).toBeLessThanOrEqual(2);
  });

  it('puts the texts with every word before those with most of them', async () => {
    const outcome = await search({ q: 'Khazri drills Baku', type: 'article' });
    expect(outcome.relaxed?.allWords).toBeGreaterThan(0);
    const complete = outcome.hits.map((h) => h.missing.length === 0);
    expect(complete[0]).toBe(true);
    expect(complete.includes(false)).toBe(true);
    expect(complete.lastIndexOf(true)).toBeLessThan(complete.indexOf(false));
  });

  it('keeps the minus and quoted phrases when relaxing', async () => {
    const azerbaijan = await articlesSaying(/Azerbaijan/);
    const minus = await search({ q: 'Khazri Ochamchira paratroopers Zanzibarian -Azerbaijan', type: 'article' });
    for (const href of articleHrefs(minus.hits)) expect(azerbaijan).not.toContain(href);
    const phrase = await articlesSaying(/joint military exercise/i);
    const quoted = await search({ q: 'Ochamchira Zanzibarian "joint military exercise"', type: 'article' });
    expect(quoted.relaxed).toBeDefined();
    expect(articleHrefs(quoted.hits).length).toBeGreaterThan(0);
    for (const href of articleHrefs(quoted.hits)) expect(phrase).toContain(href);
  });

  it('leaves a query that enough texts match whole as it was', async () => {
    const outcome = await search({ q: 'Khazri' });
    expect(outcome.relaxed).toBeUndefined();
    expect(outcome.hits.every((h) => h.missing.length === 0)).toBe(true);
  });
});

describe('what a question says beside its topic', () => {
  it('reads "after 2022" and "before 2015" as the date filter, and says so', async () => {
    const all = await search({ q: 'military drills', type: 'article' });
    const years = all.hits.map((h) => h.publishedAt?.getUTCFullYear() ?? 0);
    expect(years.some((y) => y <= 2022)).toBe(true);
    expect(years.some((y) => y > 2022)).toBe(true);
    const after = await search({ q: 'military drills after 2022', type: 'article' });
    expect(after.dateIntent).toEqual({ words: 'after 2022', from: '2023-01-01' });
    expect(after.hits.length).toBeGreaterThan(0);
    for (const hit of after.hits) expect(hit.publishedAt?.getUTCFullYear()).toBeGreaterThan(2022);
    const before = await search({ q: 'military exercises before 2015', type: 'article' });
    expect(before.dateIntent?.to).toBe('2014-12-31');
    for (const hit of before.hits) expect(hit.publishedAt?.getUTCFullYear()).toBeLessThan(2015);
  });

  it('leaves the dates the reader chose alone', async () => {
    const outcome = await search({ q: 'military drills after 2022', type: 'article', from: '2010-01-01', to: '2010-12-31' });
    expect(outcome.dateIntent).toBeUndefined();
    for (const hit of outcome.hits) expect(hit.publishedAt?.getUTCFullYear()).toBe(2010);
  });

  it('searches a question for its topic, not for the words that ask it', async () => {
    const outcome = await search({ q: 'what did Nazarbayev say about Turkey?', type: 'article' });
    // Two parts, Nazarbayev and Turkey: "say" is not one of them, so no text lacks it.
    if (outcome.relaxed) expect(outcome.relaxed.parts).toBe(2);
    expect(titles(outcome.hits)[0]).toBe('Kazakhstan Offers to Hold Joint Military Exercises With Turkey');
    expect(outcome.hits[0]?.missing).toEqual([]);
  });
});

describe('rarity across the corpus', () => {
  it('reads each word’s share of the documents from the statistics of the text vectors', async () => {
    await db().$executeRawUnsafe('ANALYZE "SearchDocument"');
    forgetLexemeStats(db());
    const stats = await lexemeStats(db());
    expect(stats).toBeDefined();
    if (!stats) return;
    expect(rarityWeight("'zanzibarian'", stats)).toBeGreaterThan(rarityWeight("'kazakhstan'", stats));
    expect(stats.freq.get('kazakhstan') ?? 0).toBeGreaterThan(stats.floor);
  });
});
