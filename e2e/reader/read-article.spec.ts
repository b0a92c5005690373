import { expect, test } from '@playwright/test';

test('home lists the latest articles with era labels', async ({ page }) => {
  // The home page shows the eight newest of /articles. Specs running beside this one import
  // articles, so the two pages are compared again until no import fell between them.
  await expect(async () => {
    await page.goto('/articles');
    const newest = (await page.getByRole('region', { name: 'Article list' }).getByRole('article').getByRole('heading').allInnerTexts()).slice(0, 8);
    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Latest articles' }).getByRole('article');
    expect(newest.length).toBeGreaterThanOrEqual(5);
    expect(await latest.getByRole('heading').allInnerTexts()).toEqual(newest);
  }).toPass({ timeout: 30_000 });
  const latest = page.getByRole('region', { name: 'Latest articles' }).getByRole('article');
  for (const entry of await latest.all()) await expect(entry).toContainText(/CSTO era|Post-2022|Era unknown/);
});

test('a reader opens an article and follows a paragraph permalink', async ({ page }) => {
  await page.goto('/articles');
  await page.getByRole('link', { name: 'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation',
  );
  const meta = page.getByRole('definition');
  await expect(meta.filter({ hasText: 'Caspian Policy Center (CPC)' })).toBeVisible();
  await expect(meta.filter({ hasText: 'Toghrul Ali' })).toBeVisible();
  await expect(meta.filter({ hasText: '16 April 2024' })).toBeVisible();
  await expect(page.getByText(/^(Under a minute|About \d+ minutes?) to read \(\d+ words\)$/)).toBeVisible();

  await page.getByRole('link', { name: 'Link to paragraph 2' }).click();
  await expect(page).toHaveURL(/#p-2$/);
  const target = page.locator('#p-2');
  await expect(target).toContainText('joint conference planning meeting in Aktau');
  // The followed paragraph is highlighted.
  await expect(target).toHaveCSS('background-color', /rgb/);

  // The permalink works when opened fresh, as a shared link would be.
  const permalink = page.url();
  const other = await page.context().newPage();
  await other.goto(permalink);
  await expect(other.locator('#p-2:target')).toBeVisible();
});

test('an article whose source says nothing of its author shows it as unknown', async ({ page }) => {
  await page.goto('/articles?era=post-2022');
  await page.getByRole('link', { name: /After gaining independence.*no title in source/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('no title in source');
  const author = page.locator('dt', { hasText: 'Author' }).locator('xpath=following-sibling::dd[1]');
  await expect(author).toHaveText(/unknown/);
  const publication = page.locator('dt', { hasText: 'Publication' }).locator('xpath=following-sibling::dd[1]');
  await expect(publication).toContainText('Azernews');
  await expect(publication).toContainText('named in the body of the text');
});

test('copy link puts the paragraph permalink on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/articles/kazakhstan-offers-to-hold-joint-military-exercises-with-turkey');
  await page.getByRole('button', { name: 'Copy link to paragraph 3' }).click();
  await expect(page.getByRole('button', { name: 'Copy link to paragraph 3' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/articles\/kazakhstan-offers-to-hold-joint-military-exercises-with-turkey#p-3$/);
});

test('without JavaScript the copy buttons are not shown, and the ¶ permalinks still are', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias');
  await expect(page.getByRole('link', { name: 'Link to paragraph 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await context.close();
});

test('on a phone a permalinked paragraph starts below the sticky header', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias#p-4');
  const header = await page.getByRole('banner').boundingBox();
  const paragraph = await page.locator('#p-4').boundingBox();
  expect(header && paragraph).toBeTruthy();
  expect(paragraph?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 1e9));
  // The header is compact: under a tenth of the screen.
  expect(header?.height ?? 1e9).toBeLessThan(844 * 0.1);
  await context.close();
});

test('an article links an entity at its first mention, not at every repeat close by', async ({ page }) => {
  await page.goto('/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias');
  const links = await page.locator('[id^="p-"]').getByRole('link', { name: /^Russia/ }).count();
  const text = await page.locator('[id^="p-"]').allInnerTexts();
  const mentions = text.join(' ').match(/\bRussia\b/g)?.length ?? 0;
  expect(mentions).toBeGreaterThan(links);
});
