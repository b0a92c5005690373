import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

test('a figure renders in the editor preview as it will publish; an unknown country or kind is a problem there', async ({ page }) => {
  await page.goto('/editor/briefs');
  await page.getByLabel('Title of a new brief').fill(`Figures ${randomBytes(4).toString('hex')}`);
  await page.getByRole('button', { name: 'New brief' }).click();
  await expect(page).toHaveURL(/\/editor\/briefs\/[^/]+$/, { timeout: 20_000 });
  const text = page.getByLabel(/^Text/);
  const preview = page.getByRole('region', { name: /^Preview/ });
  const problems = page.getByRole('region', { name: /problems? to fix before publishing/ });

  await text.fill('Before the figure.\n\n::figure{kind="table" era="post-2022" countries="kazakhstan"}\n\nAfter the figure.');
  const figure = preview.getByRole('figure');
  await expect(figure).toContainText('Figure 1. Exercises (kazakhstan), from the knowledge base as it is now');
  await expect(figure.getByRole('table')).toBeVisible();
  await expect(figure.getByRole('link', { name: 'Open it on the comparison page' })).toHaveAttribute('href', /\/compare\/kazakhstan/);
  await expect(problems).toBeHidden();

  await text.fill('Before the figure.\n\n::figure{kind="table" countries="kazakstan"}\n\n::figure{kind="pie" countries="kazakhstan"}');
  await expect(problems).toContainText('2 problems to fix before publishing');
  await expect(problems).toContainText('Unknown country "kazakstan" in the figure');
  await expect(problems).toContainText('Unknown figure kind "pie"');
  await expect(preview.getByRole('figure')).toHaveCount(0);
  await expect(preview.locator('mark.unresolved')).toHaveCount(2);
});
