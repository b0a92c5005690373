import { expect, test } from '@playwright/test';

test('home lists the latest articles with era labels', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest articles' });
  await expect(latest.getByRole('link', { name: /Kazakhstan Offers to Hold Joint Military Exercises With Turkey/ })).toBeVisible();
  await expect(latest.getByText('CSTO era (est.)')).toBeVisible();
  await expect(latest.getByText('Post-2022').first()).toBeVisible();
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
