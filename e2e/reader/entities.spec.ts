import { expect, test } from '@playwright/test';

test('a reader goes from a mention in an article to the entity and back to the cited paragraph', async ({ page }) => {
  await page.goto('/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias');
  const p2 = page.locator('#p-2');
  await p2.getByRole('link', { name: 'Aktau' }).click();
  await expect(page).toHaveURL(/\/places\/aktau$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktau');

  const mentions = page.getByRole('region', { name: /Mentions in Caspian States to Hold Military Drills/ });
  await expect(mentions.locator('mark', { hasText: 'Aktau' }).first()).toBeVisible();
  await mentions.getByRole('link', { name: '¶2' }).click();
  await expect(page).toHaveURL(/caspian-states-to-hold-military-drills-for-the-first-time-without-russias#p-2$/);
  await expect(page.locator('#p-2:target')).toBeVisible();
});

test('an exercise page shows its names, participants by role, dates and sourced facts', async ({ page }) => {
  await page.goto('/exercises/birlestik-2024');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Birlestik-2024');
  await expect(page.getByText('Unity-2024', { exact: false }).first()).toBeVisible();
  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance.getByText('Participants')).toBeVisible();
  await expect(glance.getByRole('link', { name: 'Kazakhstan' }).first()).toBeVisible();
  // Two articles say Russia stayed away: it is shown once, as stated absent.
  await expect(glance.getByRole('definition').filter({ hasText: /^stayed away$/ })).toHaveCount(1);
  await expect(glance.getByRole('img', { name: /Location of|Oymasha|Cape Tokmak/ }).first()).toBeVisible();
  // Every fact shows its source: a cited paragraph or an editor's note.
  const facts = page.getByRole('region', { name: 'Facts and their sources' });
  await expect(facts.getByRole('link', { name: /¶\d+/ }).first()).toBeVisible();
});

test('an exercise whose sources are silent about Russia says "not stated", never "no"', async ({ page }) => {
  await page.goto('/exercises/interaction-2009');
  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance.getByRole('term').filter({ hasText: 'Russia' })).toBeVisible();
  await expect(glance.getByRole('definition').filter({ hasText: /^not stated$/ })).toBeVisible();
});

test('any name of an entity in the URL redirects permanently to its page', async ({ request }) => {
  for (const [from, to] of [
    ['/exercises/unity-2024', '/exercises/birlestik-2024'],
    ['/countries/turkiye', '/countries/turkey'],
    ['/organizations/kazakhstan', '/countries/kazakhstan'],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname, from).toBe(to);
  }
  expect((await request.get('/exercises/no-such-exercise-anywhere')).status()).toBe(404);
  expect((await request.get('/spaceships/anything')).status()).toBe(404);
});

test('the entity index counts entities by type', async ({ page }) => {
  await page.goto('/entities');
  const types = page.getByRole('navigation', { name: 'Entity types' });
  await expect(types.getByRole('link', { name: /Military exercises \(\d+\)/ })).toBeVisible();
  await types.getByRole('link', { name: /Countries/ }).click();
  await expect(page.getByRole('heading', { name: 'Countries', level: 2 })).toBeVisible();
});
