import { expect, test } from '@playwright/test';
import { storageFor } from '../setup/roles';

test.describe('as an admin', () => {
  test.use({ storageState: storageFor('ADMIN') });

  test('the jobs page lists pending and failed jobs from the menu', async ({ page }) => {
    await page.goto('/editor');
    await page.getByRole('link', { name: 'Jobs' }).click();
    await expect(page).toHaveURL(/\/editor\/jobs$/);
    await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Pending \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Failed \(\d+\)$/ })).toBeVisible();
    // The server started the queue, so its tables are there.
    await expect(page.getByText('No server has started the job queue')).toHaveCount(0);
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: storageFor('EDITOR') });

  test('the jobs page is not offered, and opening it is refused', async ({ page }) => {
    await page.goto('/editor');
    await expect(page.getByRole('link', { name: 'Jobs' })).toHaveCount(0);
    await page.goto('/editor/jobs');
    await expect(page).toHaveURL(/\/editor\?denied=/);
  });
});
