import { expect, test } from '@playwright/test';

test('a reader searches from the header and sees highlighted snippets', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'Search terms' });
  await box.fill('Khazri');
  await box.press('Enter');
  await expect(page).toHaveURL(/[?&]q=Khazri/);
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /Hold Military Drills without Russia: Khazri-2023/ })).toBeVisible();
  await expect(results.locator('mark', { hasText: 'Khazri' }).first()).toBeVisible();
});

test('"/" on any page puts the cursor in the header search box, and Enter searches', async ({ page }) => {
  await page.goto('/countries/kazakhstan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search the portal' });
  // Until the page has hydrated, "/" does nothing; once it has, it focuses the box (and types nothing).
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue('');
  await page.keyboard.type('Khazri');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=Khazri$/);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark', { hasText: 'Khazri' }).first()).toBeVisible();
});

test('results follow the typing and keep the focus in the box', async ({ page }) => {
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search terms' });
  await box.pressSequentially('Birlestik');
  await expect(page).toHaveURL(/[?&]q=Birlestik/);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark').first()).toBeVisible();
  await expect(box).toBeFocused();
});

test('another name of an entity finds the same texts, and results filter by type', async ({ page }) => {
  await page.goto('/search?q=Unity-2024');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByText(/other names of Birlestik-2024/)).toBeVisible();
  const types = page.getByRole('navigation', { name: 'Result types' });
  await types.getByRole('link', { name: /^Briefs \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/[?&]type=brief/);
  await expect(types.getByRole('link', { name: /^Briefs/ })).toHaveAttribute('aria-current', 'page');
  const hits = results.getByRole('article');
  await expect(hits.first()).toBeVisible();
  for (const hit of await hits.all()) await expect(hit.getByText(/^Brief/)).toBeVisible();
});

test('a misspelt name offers the entity', async ({ page }) => {
  await page.goto('/search?q=Kazakstan');
  const didYouMean = page.getByRole('region', { name: 'Did you mean' });
  await expect(didYouMean.getByRole('link', { name: 'Kazakhstan', exact: true })).toBeVisible();
});

test('bad queries get a helpful page, never an error', async ({ page }) => {
  const stopWords = await page.goto('/search?q=the+and+of');
  expect(stopWords?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Nothing to search for' })).toBeVisible();

  const injection = await page.goto(`/search?q=${encodeURIComponent(`"unbalanced '; drop table "Article"; --`)}`);
  expect(injection?.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();

  const long = await page.goto(`/search?q=${'caspian+'.repeat(300)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole('note')).toContainText('longer than 200 characters');
});
