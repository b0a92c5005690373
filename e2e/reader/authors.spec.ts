import { expect, test } from '@playwright/test';

test('a brief names its author, whose page lists their published briefs and has a feed', async ({ page, request }) => {
  await page.goto('/briefs');
  const first = page.getByRole('region', { name: 'Published briefs' }).getByRole('heading').first().getByRole('link');
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/briefs\/[a-z0-9-]+$/);
  const briefPath = new URL(page.url()).pathname;
  const byline = page.getByRole('article').locator('header').getByRole('link');
  await expect(byline).toHaveAttribute('rel', 'author');
  const author = (await byline.innerText()).trim();
  expect(author.length).toBeGreaterThan(0);
  await byline.click();
  await expect(page).toHaveURL(/\/authors\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Briefs by ${author}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  const feedHref = await page.getByRole('link', { name: 'Follow the feed (Atom)' }).getAttribute('href');
  const feed = await request.get(feedHref ?? '');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(briefPath);
  expect((await request.get('/authors/nobody-by-this-name')).status()).toBe(404);
});
