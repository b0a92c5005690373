import { beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import-article';
import { loadGazetteer } from '@/lib/tagging/store';
import { searchDatabase, titles } from '@/scripts/testing/search-fixture';
import { SEARCH_PAGE_SIZE } from './types';

// Recent articles (more than a page, fewer than CANDIDATES) say both words far apart; one old
// article says them side by side: among the candidates, proximity ranks it first despite its age.
const { db, search } = searchDatabase();
const SCATTERED = SEARCH_PAGE_SIZE + 10;
const CLOSE = 'Zyxnear Old Report on the Caspian';
const FILLER = 'Officers met in Aktau to review the season and plan the next one.';

async function imported(raw: string): Promise<void> {
  const result = await importArticle(db(), raw, { gazetteer: await loadGazetteer(db()) });
  expect(result.status).toBe('imported');
}

beforeAll(async () => {
  await imported(`${CLOSE}\nMarch 3, 2012\n\nThe zyxalpha zyxbeta command held its review.\n\n${FILLER}`);
  for (let i = 0; i < SCATTERED; i++) {
    const day = String((i % 27) + 1).padStart(2, '0');
    await imported(
      `Zyxnear Scattered Report ${i}\n2024-05-${day}\n\nA zyxalpha unit (number ${i}) arrived first.\n\n${FILLER}\n\n${FILLER} The day after, zyxbeta observers left.`,
    );
  }
  await imported(`Zyxgamma Talks in Baku\nMay 1, 2020\n\n${FILLER}\n\n${FILLER} Later, a zyxdelta delegation joined.`);
  await imported(`Regional Review\nMay 2, 2024\n\nA zyxgamma crew trained.\n\n${FILLER}\n\n${FILLER} Later, a zyxdelta delegation joined.`);
}, 300_000);

describe('proximity and field weights', () => {
  it('ranks the article with the words side by side first, though older than every other candidate', async () => {
    const { hits, counts } = await search({ q: 'zyxalpha zyxbeta', type: 'article' });
    expect(counts.article).toBe(SCATTERED + 1);
    expect(titles(hits)[0]).toBe(CLOSE);
  });

  it('puts a word found in the title before the same word in the body (title over body)', async () => {
    const { hits } = await search({ q: 'zyxgamma zyxdelta', type: 'article' });
    expect(titles(hits)).toEqual(['Zyxgamma Talks in Baku', 'Regional Review']);
  });
});
