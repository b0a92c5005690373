import { expect, test } from '@playwright/test';

// Peace Mission 2010 rests on pages outside the portal (prisma/record/exercises.json): China Daily
// states who took part and that Uzbekistan stayed away; Voltaire Network gives the dates.
test('a fact that rests on a reference shows it beside the fact, with its words on focus and hover', async ({ page }) => {
  await page.goto('/exercises/peace-mission-2010');
  const facts = page.getByRole('region', { name: 'Facts and their sources' });
  const stayedAway = facts.getByRole('listitem').filter({ hasText: 'Stayed away: Uzbekistan' }).first();
  const link = stayedAway.getByRole('link', { name: /China Daily, 16 September 2010/ });
  await expect(link).toHaveAttribute('href', 'https://global.chinadaily.com.cn/ethnic/photo/2010-09/16/content_11311623.htm');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer external');
  await expect(stayedAway.getByText(/^reference:/)).toBeVisible();

  const quote = stayedAway.getByRole('tooltip');
  await expect(quote).toBeHidden();
  await link.focus();
  await expect(quote).toBeVisible();
  await expect(quote).toHaveText('“All SCO member states but Uzbekistan are taking part in the event.”');
  await expect(link).toHaveAccessibleDescription('“All SCO member states but Uzbekistan are taking part in the event.”');
  await link.blur();
  await expect(quote).toBeHidden();
  await link.hover();
  await expect(quote).toBeVisible();
});

test('an exercise dated by a reference shows that reference in the infobox', async ({ page }) => {
  await page.goto('/exercises/rubezh-2025');
  const glance = page.getByRole('complementary', { name: 'At a glance' });
  await expect(glance.getByText('17 September 2025').first()).toBeVisible();
  const link = glance.getByRole('link', { name: /TASS, 17 September 2025/ });
  await expect(link).toHaveAttribute('href', 'https://tass.com/world/2017641');
  await link.focus();
  await expect(glance.getByRole('tooltip')).toHaveText('“The CSTO exercise will take place in the republic from September 17-20.”');
});
