import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { saveDraft } from '../../lib/briefs/service';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

const BASE = 'First line as it was.\nA line both keep.\nAnother line both keep.\nLast line as it was.';
const MINE = 'First line, edited by me.\nA line both keep.\nAnother line both keep.\nLast line as it was.';
const THEIRS = 'First line as it was.\nA line both keep.\nAnother line both keep.\nLast line, edited by them.';
const COMBINED = 'First line, edited by me.\nA line both keep.\nAnother line both keep.\nLast line, edited by them.';

test('a stale save shows where the texts differ; the editor takes mine in one place and theirs in another, and saves that', async ({ page }) => {
  test.setTimeout(90_000);
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const title = `Conflict merge ${randomBytes(4).toString('hex')}`;
  try {
    await page.goto('/editor/briefs');
    await page.getByLabel('Title of a new brief').fill(title);
    await page.getByRole('button', { name: 'New brief' }).click();
    await expect(page).toHaveURL(/\/editor\/briefs\/[^/]+$/, { timeout: 20_000 });
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const text = page.getByLabel(/^Text/);
    await text.fill(BASE);
    await expect(page.getByText(/^Saved \d/)).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await db.brief.findUniqueOrThrow({ where: { id } })).body).toBe(BASE);

    // Another editor saves their change meanwhile.
    const other = await db.user.create({ data: { email: `conflict-${randomBytes(4).toString('hex')}@e2e.test`, name: 'Other Editor', role: 'EDITOR' }, select: { id: true, role: true } });
    const { version } = await db.brief.findUniqueOrThrow({ where: { id } });
    expect(await saveDraft(db, other, id, { title, body: THEIRS, baseVersion: version })).toMatchObject({ ok: true, value: { version: version + 1 } });

    await text.fill(MINE);
    await page.getByRole('button', { name: 'Save now' }).click();
    const view = page.getByRole('region', { name: 'Someone else saved this brief while you were editing' });
    await expect(view).toBeVisible();
    await expect(view).toContainText('The texts differ in 2 places');
    const first = view.getByRole('group', { name: 'Difference 1 of 2' });
    const last = view.getByRole('group', { name: 'Difference 2 of 2' });
    await expect(first.locator('ins')).toHaveText([', edited by me']);
    await expect(first.locator('del')).toHaveText(['as it was']);
    await expect(last.locator('del')).toHaveText([', edited by them']);
    await expect(last.locator('ins')).toHaveText(['as it was']);
    await expect(view.getByRole('group', { name: 'Differences between the texts' })).toContainText('A line both keep.');

    const combined = view.getByLabel('The combined text');
    await expect(combined).toHaveValue(MINE);
    await last.getByLabel(`Theirs (version ${version + 1})`).check();
    await expect(combined).toHaveValue(COMBINED);
    await view.getByRole('button', { name: 'Save the combined text' }).click();

    await expect(view).toBeHidden();
    await expect(text).toHaveValue(COMBINED);
    await expect.poll(async () => (await db.brief.findUniqueOrThrow({ where: { id } })).body, { timeout: 15_000 }).toBe(COMBINED);
    expect((await db.brief.findUniqueOrThrow({ where: { id } })).version).toBe(version + 2);
    await page.reload();
    await expect(text).toHaveValue(COMBINED);
  } finally {
    await db.$disconnect();
  }
});
