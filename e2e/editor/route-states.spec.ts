import { expect, test } from '@playwright/test';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

test('an editor address that names nothing is a 404 inside the editor, with its menu and ways on', async ({ page }) => {
  const response = await page.goto('/editor/no-such-section/at-all');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'There is nothing at this editor address' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Editor' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Editor overview' })).toHaveAttribute('href', '/editor');
});

test('an anonymous visitor to an unknown editor address is sent to sign in first', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/editor/no-such-section');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await context.close();
});
