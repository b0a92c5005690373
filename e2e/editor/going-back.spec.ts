import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { importArticle } from '../../lib/articles/import-article';
import { createBrief, saveDraft, transition } from '../../lib/briefs/service';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { loadGazetteer } from '../../lib/tagging/store';
import { signIn } from '../setup/sign-in';
import { createUser } from '../setup/users';

const KHAZRI = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';

// Editors go back without losing anything: a published revision restored as the draft, a draft
// trashed and taken back, many mentions decided at once.
test.describe('going back', () => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  test.afterAll(async () => {
    await db.$disconnect();
  });

  test('an editor restores revision 1 of a brief published twice as its draft', async ({ page }) => {
    const user = await createUser('EDITOR', 'restorer');
    const actor = await db.user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true, role: true } });
    const tag = randomBytes(3).toString('hex');
    const title = `Restorable brief ${tag}`;
    const created = await createBrief(db, actor, { title });
    if (!created.ok) throw new Error(created.message);
    await saveDraft(db, actor, created.value.id, { title, body: `First version ${tag}.[^${KHAZRI}#p-1]`, baseVersion: 1 });
    await transition(db, actor, created.value.id, 'PUBLISHED', { reason: 'first' });
    await saveDraft(db, actor, created.value.id, { title, body: `Second version ${tag}.[^${KHAZRI}#p-2]`, baseVersion: 2 });
    await transition(db, actor, created.value.id, 'PUBLISHED', { reason: 'second', correctionNote: 'Rewritten.' });

    await signIn(page, user);
    await page.goto(`/editor/briefs/${created.value.id}/history`);
    await expect(page.getByRole('link', { name: 'Changes from revision 1' })).toHaveAttribute('href', /\/diff\?from=1&to=2$/);
    await page.getByRole('form', { name: 'Restore revision 1' }).getByRole('button', { name: 'Restore as draft' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Revision 1 is now the draft' })).toBeVisible();
    await expect(page.getByLabel(/^Text/)).toHaveValue(`First version ${tag}.[^${KHAZRI}#p-1]`);
    // Readers still see revision 2 until the restored draft is published.
    expect(await db.briefRevision.count({ where: { briefId: created.value.id } })).toBe(2);
  });

  test('a contributor moves a draft to the trash and restores it', async ({ page }) => {
    const user = await createUser('CONTRIBUTOR', 'trasher');
    const actor = await db.user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true, role: true } });
    const title = `Draft for the trash ${randomBytes(3).toString('hex')}`;
    const created = await createBrief(db, actor, { title });
    if (!created.ok) throw new Error(created.message);

    await signIn(page, user);
    await page.goto(`/editor/briefs/${created.value.id}`);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.getByRole('region', { name: 'In the trash' })).toContainText('will be deleted for good on');
    await page.goto('/editor/briefs?view=mine');
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    await page.getByRole('link', { name: 'Trash' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Restore from the trash' }).click();
    await expect(page.getByRole('region', { name: 'In the trash' })).toHaveCount(0);
    await page.goto('/editor/briefs?view=mine');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  });

  test('an editor accepts every mention of one entity in an article at once', async ({ page }) => {
    const tag = randomBytes(4).toString('hex');
    const imported = await importArticle(
      db,
      `Bulk Review Article ${tag}\n\nKazakhstan and Azerbaijan held drills near Aktau (${tag}). Kazakhstan sent marines, and Azerbaijan sent ships.\n\nKazakhstan said the exercise would be repeated next year.`,
      { gazetteer: await loadGazetteer(db) },
    );
    const user = await createUser('EDITOR', 'bulk');
    await signIn(page, user);
    await page.goto(`/editor/articles/${imported.id}`);
    const bulk = page.getByRole('form', { name: 'Review mentions in bulk' });
    await bulk.getByLabel('Mentions to decide').selectOption({ label: 'Every mention of Kazakhstan (3, 3 proposed)' });
    await bulk.getByRole('button', { name: 'Accept these' }).click();
    await expect(bulk.getByRole('status')).toHaveText('Accepted 3 mentions.');
    const statuses = await db.mention.findMany({ where: { paragraph: { articleId: imported.id }, entity: { slug: 'kazakhstan' } }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
  });
});
