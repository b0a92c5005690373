import { expect, test, type Page } from '@playwright/test';

const KHAZRI = '/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const BIRLESTIK = '/exercises/birlestik-2024';

/** Follows the page's og:image, as a sharing service would, and checks a real PNG comes back. */
async function expectShareCard(page: Page) {
  const ogImage = page.locator('meta[property="og:image"]');
  await expect(ogImage).toHaveCount(1);
  const url = await ogImage.getAttribute('content');
  expect(url).toBeTruthy();
  // og:image is absolute on SITE_URL; ask this server for the same path.
  const { pathname, search } = new URL(url!, page.url());
  const image = await page.request.get(pathname + search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).byteLength).toBeGreaterThan(5 * 1024);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
}

test('an article has a share card', async ({ page }) => {
  await page.goto(KHAZRI);
  await expectShareCard(page);
});

test('an exercise has a share card', async ({ page }) => {
  await page.goto(BIRLESTIK);
  await expectShareCard(page);
});

test('a published brief has a share card', async ({ page }) => {
  await page.goto('/briefs');
  await page.getByRole('main').getByRole('link', { name: /From the CSTO.s shadow/ }).first().click();
  await expect(page).toHaveURL(/\/briefs\/[a-z0-9-]+$/);
  await expectShareCard(page);
});

test('an unknown slug gets the site card, not an error', async ({ page }) => {
  await page.goto(KHAZRI);
  const url = await page.locator('meta[property="og:image"]').getAttribute('content');
  // Next suffixes the image route with a build hash (opengraph-image-<hash>); keep it, swap the slug.
  const { pathname } = new URL(url!, page.url());
  const image = await page.request.get(pathname.replace(KHAZRI, '/articles/no-such-article-here'));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});
