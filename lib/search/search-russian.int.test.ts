import { describe, expect, it } from 'vitest';
import { searchDatabase, titles } from '@/scripts/testing/search-fixture';

const { db, search } = searchDatabase();
const khazriArticle = 'Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023';
const turkeyArticle = 'Kazakhstan Offers to Hold Joint Military Exercises With Turkey';

describe('queries in Russian over texts in English', () => {
  it('reads a place typed in Cyrillic as its Latin names, and does not require words no text has', async () => {
    const cyrillicNames = await db().entityName.count({ where: { name: { contains: 'Очамчир' } } });
    expect(cyrillicNames).toBe(0);
    const absent = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "SearchDocument" WHERE vector @@ websearch_to_tsquery('caspian', 'военно | морская')`;
    expect(absent[0]?.n).toBe(0);
    const outcome = await search({ q: 'военно-морская база в Очамчире', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug)).toContain('ochamchira-district');
    expect(titles(outcome.hits)).toContain(khazriArticle);
    const hit = outcome.hits.find((h) => h.title === khazriArticle);
    // The trigram span taken for the name is the longest that looks like it ("база в Очамчире").
    expect(hit?.missing).toEqual(['военно', 'морская']);
    expect(hit?.matched).toContainEqual(expect.objectContaining({ form: 'Ochamchira', typed: expect.stringContaining('Очамчире'), name: true }));
  });
});

describe('exercise series', () => {
  it('finds the yearly editions of a series named by its own name, not by the knowledge base qualifier', async () => {
    const outcome = await search({ q: 'Взаимодействие', type: 'article' });
    expect(outcome.expandedWith.map((e) => e.slug)).toContain('interaction');
    expect(titles(outcome.hits)).toContain(turkeyArticle);
  });
});
