import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { importArticle } from '../../lib/articles/import-article';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { storageFor } from '../setup/roles';

test('a metadata save from a page another editor has since saved over is refused, with both versions shown', async ({ browser }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  try {
    const imported = await importArticle(
      db,
      `Metadata Conflict Article ${tag}\n\nThis article exists only to check that two editors saving its metadata at once cannot overwrite each other silently (${tag}); it is long enough to read as a paragraph.`,
    );
    const context = await browser.newContext({ storageState: storageFor('EDITOR') });
    const first = await context.newPage();
    const second = await context.newPage();
    for (const tab of [first, second]) await tab.goto(`/editor/articles/${imported.id}`);

    await first.getByLabel('Title').fill(`First tab title ${tag}`);
    await first.getByRole('button', { name: 'Save metadata' }).click();
    await expect(first).toHaveURL(/done=metadata/);

    await second.getByLabel('Title').fill(`Second tab title ${tag}`);
    await second.getByLabel('Editor’s note').fill('Typed in the second tab');
    await second.getByRole('button', { name: 'Save metadata' }).click();
    await expect(second.getByRole('alert').filter({ hasText: 'Someone else saved this article’s metadata' })).toBeVisible();
    const theirs = second.getByRole('region', { name: /Saved by someone else/ });
    await expect(theirs).toContainText(`First tab title ${tag}`);
    // Nothing typed is lost, and nothing was saved.
    await expect(second.getByLabel('Title')).toHaveValue(`Second tab title ${tag}`);
    await expect(second.getByLabel('Editor’s note')).toHaveValue('Typed in the second tab');
    expect((await db.articleCuration.findUniqueOrThrow({ where: { articleId: imported.id } })).title).toBe(`First tab title ${tag}`);

    // Saving again, knowing what the other editor saved, goes through.
    await second.getByRole('button', { name: 'Save metadata' }).click();
    await expect(second).toHaveURL(/done=metadata/);
    expect((await db.articleCuration.findUniqueOrThrow({ where: { articleId: imported.id } })).title).toBe(`Second tab title ${tag}`);

    // Readers see the editor's title, and that an editor supplied it.
    await second.goto(`/articles/${imported.slug}`);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(`Second tab title ${tag}`);
    await expect(second.getByRole('definition').filter({ hasText: `Second tab title ${tag}` })).toContainText('supplied by an editor');
    await context.close();
  } finally {
    await db.$disconnect();
  }
});
