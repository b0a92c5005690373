import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('CONTRIBUTOR') });

test('the summary editor previews, autosaves, and keeps unsaved text through a lost connection and a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  // An entity of its own, so no other spec writes its summary meanwhile.
  const slug = `summary-e2e-${tag}`;
  const entity = await db.entity.create({ data: { slug, type: 'ORGANIZATION', name: `Summary Test Body ${tag}`, contextWords: [] } });
  try {
    await page.goto(`/editor/summaries/entity/${slug}`);
    const draft = page.getByLabel('Draft (Markdown)');
    const preview = page.getByTestId('summary-preview');

    // Typing shows the text as readers will get it, sanitized: Markdown renders, a script does not.
    await draft.fill(`The **first** saved words ${tag}.\n\n<script>window.ran = 1</script>`);
    await expect(preview.locator('strong', { hasText: 'first' })).toBeVisible();
    await expect(preview.locator('script')).toHaveCount(0);
    await expect(page.getByText(/^Saved \d/)).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await db.summary.findUnique({ where: { entityId: entity.id } }))?.draftBody).toContain(`first** saved words ${tag}`);

    // The connection goes: the text stays in the browser, and the page says so.
    await page.route('**/editor/summaries/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await draft.fill(`The **first** saved words ${tag}. Then words typed offline.`);
    await expect(page.getByRole('alert').filter({ hasText: 'Offline — kept in this browser' })).toBeVisible({ timeout: 15_000 });

    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    const offer = page.getByRole('region', { name: 'Unsaved text found in this browser' });
    await expect(offer).toBeVisible();
    await expect(draft).toHaveValue(`The **first** saved words ${tag}.\n\n<script>window.ran = 1</script>`);
    await page.unroute('**/editor/summaries/**');
    await offer.getByRole('button', { name: 'Restore my unsaved text' }).click();
    await expect(draft).toHaveValue(`The **first** saved words ${tag}. Then words typed offline.`);
    await expect(preview).toContainText('Then words typed offline.');
    await expect(page.getByText(/^Saved \d/)).toBeVisible({ timeout: 15_000 });

    // Saved: the next visit offers nothing and shows the server's text.
    await page.reload();
    await expect(draft).toHaveValue(`The **first** saved words ${tag}. Then words typed offline.`);
    await expect(offer).toBeHidden();
  } finally {
    await db.$disconnect();
  }
});
