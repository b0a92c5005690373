import { expect, test } from '@playwright/test';

const BRIEF = /From the CSTO(&apos;|')s shadow/;
const ARTICLE = 'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation';

test('the briefs feeds list the seeded brief', async ({ request }) => {
  const atom = await request.get('/feeds/briefs.atom');
  expect(atom.status()).toBe(200);
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
  expect(await atom.text()).toMatch(BRIEF);

  const json = await request.get('/feeds/briefs.json');
  expect(json.status()).toBe(200);
  expect(json.headers()['content-type']).toContain('application/feed+json');
  const feed = (await json.json()) as { version: string; items: { title: string }[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.map((i) => i.title)).toContainEqual(expect.stringMatching(BRIEF));
});

test('an entity has an Atom feed, and an unknown one has none', async ({ request }) => {
  const feed = await request.get('/feeds/entities/kazakhstan.atom');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  expect(await feed.text()).toContain('<entry>');
  expect((await request.get('/feeds/entities/no-such-entity-here.atom')).status()).toBe(404);
});

test('the sitemap lists articles and the comparison; robots.txt keeps crawlers out of the editor', async ({ request }) => {
  // An index of parts (search engines take 50,000 addresses per file at most), each a urlset.
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex');
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(parts).toEqual(expect.arrayContaining(['/sitemaps/pages-0.xml', '/sitemaps/articles-0.xml', '/sitemaps/entities-0.xml']));
  const articles = await request.get('/sitemaps/articles-0.xml');
  expect(articles.headers()['content-type']).toContain('application/xml');
  expect(await articles.text()).toMatch(/<loc>[^<]*\/articles\/[a-z0-9-]+<\/loc>/);
  expect(await (await request.get('/sitemaps/pages-0.xml')).text()).toMatch(/<loc>[^<]*\/compare<\/loc>/);
  expect((await request.get('/sitemaps/articles-999.xml')).status()).toBe(404);
  expect((await request.get('/sitemaps/users-0.xml')).status()).toBe(404);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /editor');
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('an article page carries structured data, citation meta and a Cite block', async ({ page }) => {
  await page.goto('/articles');
  await page.getByRole('link', { name: ARTICLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as Record<string, unknown>;
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.headline).toBe(ARTICLE);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', ARTICLE);

  await page.getByText('Cite this').click();
  await expect(page.getByText(/@misc\{/)).toBeVisible();

  await page.getByLabel('Cite', { exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Show citation' }).click();
  await expect(page).toHaveURL(/[?&]cite=2/);
  await expect(page.getByText(/Paragraph 2\. Accessed/)).toBeVisible();
});

test('a citation from a cached page is dated the day the reader reads it', async ({ page, request }) => {
  const path = '/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
  // Rendered and cached today; read in 2031.
  await request.get(path);
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  await page.clock.setFixedTime(new Date('2031-05-04T10:00:00Z'));
  await page.goto(path);
  await page.getByText('Cite this').click();
  await expect(page.getByText(/Accessed 2031-05-04/)).toBeVisible();
});
