import { expect, test } from '@playwright/test';

test('the eras side by side, computed from the sourced facts', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare the eras' })).toBeVisible();
  const figures = page.getByRole('table', { name: 'Figures per era' });
  await expect(figures.getByRole('columnheader', { name: 'CSTO era' })).toBeVisible();
  await expect(figures.getByRole('columnheader', { name: 'Post-2022' })).toBeVisible();
  // Every post-2022 exercise whose sources say was held without Russia; the share names its
  // denominator, and the exercises whose sources are silent are counted apart, not as a "no".
  const withoutRussia = figures.getByRole('row', { name: /Without Russia/ }).getByRole('cell').nth(1);
  await expect(withoutRussia).toHaveText(/^100%\s*\d+ of \d+ exercises? whose sources say; \d+ more do(es)? not say$/);
  await expect(page.getByText(/These figures rest on \d+ exercises and \d+ articles/)).toBeVisible();
  await expect(page.getByRole('group', { name: /Cooperation network, CSTO era/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /Cooperation network, Post-2022/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Exercises, Post-2022' });
  await expect(table.getByRole('rowheader', { name: /Birlestik-2024/ })).toBeVisible();
  // Birlestik's sources say Russia stayed away; UZAZ-2023's say nothing about Russia.
  await expect(table.getByRole('row', { name: /Birlestik-2024/ }).getByRole('cell').nth(2)).toContainText('stayed away');
  await expect(table.getByRole('row', { name: /UZAZ-2023/ }).getByRole('cell').nth(2)).toHaveText('not stated');
  await expect(table.getByText(/^no$/)).toHaveCount(0);
  // Each fact in the table links to the paragraph that states it.
  await expect(table.getByRole('link', { name: /¶\d+/ }).first()).toBeVisible();
});

test('a filtered comparison is a link that reproduces the same view', async ({ page, context }) => {
  await page.goto('/compare');
  await page.getByRole('checkbox', { name: 'Uzbekistan' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/uzbekistan$/);
  const figures = await page.getByRole('table', { name: 'Figures per era' }).innerText();
  const exercises = await page.getByRole('table', { name: 'Exercises, Post-2022' }).innerText();
  expect(exercises).toContain('UZAZ-2023');
  expect(exercises).not.toContain('Khazri-2023');

  const permalink = await page.getByRole('link', { name: '/compare/uzbekistan' }).getAttribute('href');
  const shared = await context.newPage();
  await shared.goto(permalink ?? '');
  await expect(shared.getByRole('heading', { level: 1 })).toContainText('Uzbekistan');
  expect(await shared.getByRole('table', { name: 'Figures per era' }).innerText()).toBe(figures);
  expect(await shared.getByRole('table', { name: 'Exercises, Post-2022' }).innerText()).toBe(exercises);
  await expect(shared.getByRole('checkbox', { name: 'Uzbekistan' })).toBeChecked();
});

test('a pair has one address, whatever order or name is typed', async ({ request }) => {
  const response = await request.get('/compare/kazakhstan/azerbaijan', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(/\/compare\/azerbaijan\/kazakhstan$/);
  expect((await request.get('/compare/turkiye', { maxRedirects: 0 })).headers()['location']).toMatch(/\/compare\/turkey$/);
  expect((await request.get('/compare/atlantis')).status()).toBe(404);
  expect((await request.get('/compare?country=%3Cscript%3E&from=abc&to=99999')).status()).toBe(200); // redirected to /compare
});
