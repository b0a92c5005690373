import { expect, test } from '@playwright/test';

test('an article lists related articles by what they share, and each opens', async ({ page }) => {
  await page.goto('/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023');
  const related = page.getByRole('region', { name: 'Related articles' });
  const items = related.getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(1);
  expect(await items.count()).toBeLessThanOrEqual(4);
  const caspian = items.filter({ hasText: 'Caspian States to Hold Military Drills for the First Time' });
  await expect(caspian).toContainText(/Also about .*Khazri-2023/);
  await expect(related.getByRole('link', { name: /Kazakhstan and Azerbaijan Hold Military Drills/ })).toHaveCount(0);
  await caspian.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Caspian States to Hold Military Drills/);
  // Related both ways: the other article lists this one.
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link', { name: /Khazri-2023/ })).toBeVisible();
});

test('a country’s locator map shows all of it, shaded, with its neighbours', async ({ page }) => {
  await page.goto('/countries/kazakhstan');
  const map = page.getByRole('img', { name: /^Location of Kazakhstan/ });
  const names = await map.locator('path > title').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'China', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan']));
  await expect(map.locator('path.fill-highlight > title')).toHaveText(['Kazakhstan']);
  await expect(page.getByText(/Shaded: Kazakhstan\./)).toBeVisible();
  // The whole country is inside the frame: its outline keeps off the map's edges.
  const frame = await map.boundingBox();
  const country = await map.locator('path.fill-highlight').boundingBox();
  expect(frame && country).toBeTruthy();
  if (frame && country) {
    expect(country.x).toBeGreaterThan(frame.x + 2);
    expect(country.x + country.width).toBeLessThan(frame.x + frame.width - 2);
    expect(country.y).toBeGreaterThan(frame.y + 2);
    expect(country.y + country.height).toBeLessThan(frame.y + frame.height - 2);
  }
});

test('a port on the Caspian is mapped with the whole sea: the far shores are drawn', async ({ page }) => {
  await page.goto('/places/aktau');
  const map = page.getByRole('img', { name: /^Location of Aktau/ });
  const names = await map.locator('path > title').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Azerbaijan', 'Iran', 'Turkmenistan', 'Russia']));
});
