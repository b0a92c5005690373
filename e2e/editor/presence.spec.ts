import { expect, test } from '@playwright/test';
import { storageFor, userFor } from '../setup/roles';
import { signIn } from '../setup/sign-in';
import { createUser } from '../setup/users';

test('a second editor sees who is editing a brief, and takes over; the first is told', async ({ browser }) => {
  const first = userFor('EDITOR');
  const firstContext = await browser.newContext({ storageState: storageFor('EDITOR') });
  const nadia = await firstContext.newPage();
  await nadia.goto('/editor/briefs');
  await nadia.getByLabel('Title of a new brief').fill(`Presence ${Date.now()}`);
  await nadia.getByRole('button', { name: 'New brief' }).click();
  await expect(nadia).toHaveURL(/\/editor\/briefs\/[^/]+$/);
  const url = nadia.url();
  await nadia.getByLabel(/^Text/).fill('The first editor is writing.');

  const second = await createUser('EDITOR', 'second');
  const secondContext = await browser.newContext();
  const timur = await secondContext.newPage();
  await signIn(timur, second);
  await timur.goto(url);
  const banner = timur.getByRole('region', { name: 'Someone else is editing' });
  await expect(banner).toContainText(`${first.name} has been editing since`);
  await expect(timur.getByLabel(/^Text/)).toHaveAttribute('readonly', '');

  await banner.getByRole('button', { name: 'Take over' }).click();
  await expect(banner).toBeHidden();
  await expect(timur.getByLabel(/^Text/)).not.toHaveAttribute('readonly', '');

  // The first editor's next heartbeat (every 10 s) brings the news, and her text turns read-only.
  const told = nadia.getByRole('region', { name: 'Someone else is editing' });
  await expect(told).toContainText(`${second.name} took over this brief.`, { timeout: 20_000 });
  await expect(nadia.getByLabel(/^Text/)).toHaveAttribute('readonly', '');
  await Promise.all([firstContext.close(), secondContext.close()]);
});
