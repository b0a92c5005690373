import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { storageFor } from '../setup/roles';
import { signIn } from '../setup/sign-in';
import { createUser } from '../setup/users';

const KHAZRI = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const EDM = 'kazakhstan-offers-to-hold-joint-military-exercises-with-turkey';

async function takeStep(page: Page, step: string, reason: string, correctionNote?: string) {
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await workflow.getByRole('button', { name: step }).click();
  const form = page.getByRole('form', { name: step });
  await form.getByLabel(/^Reason/).fill(reason);
  if (correctionNote) await form.getByLabel(/^Correction note/).fill(correctionNote);
  await form.getByRole('button', { name: step }).click();
}

test('contributor drafts, editor publishes, reader follows a citation and the diff, admin deactivates the contributor', async ({ browser }) => {
  test.setTimeout(180_000);
  const id = randomBytes(3).toString('hex');
  const title = `Drills without Russia ${id}`;

  // A contributor drafts a brief with two citations and submits it.
  const contributor = await createUser('CONTRIBUTOR', 'journey');
  const contributorContext = await browser.newContext();
  const writer = await contributorContext.newPage();
  await signIn(writer, contributor);
  await writer.goto('/editor/briefs');
  await writer.getByLabel('Title of a new brief').fill(title);
  await writer.getByRole('button', { name: 'New brief' }).click();
  await expect(writer).toHaveURL(/\/editor\/briefs\/[^/]+$/);
  const editorUrl = writer.url();
  await writer.getByLabel(/^Text/).fill(
    `Kazakhstan and Azerbaijan held Khazri-2023 without Russia [^${KHAZRI}#p-1].\n\n` +
      `In 2010 Kazakhstan offered [[Turkey]] joint exercises for the first time [^${EDM}#p-1].`,
  );
  await expect(writer.getByText(/^Saved/)).toBeVisible({ timeout: 15_000 });
  const preview = writer.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('link', { name: 'Turkey', exact: true })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(2);
  await takeStep(writer, 'Submit for review', 'Ready for review');
  await expect(writer.getByRole('region', { name: 'Workflow' }).getByText('In review').first()).toBeVisible();

  // An editor publishes it.
  const editorContext = await browser.newContext({ storageState: storageFor('EDITOR') });
  const editor = await editorContext.newPage();
  await editor.goto(editorUrl);
  await takeStep(editor, 'Publish now', 'Checked both citations');
  await expect(editor.getByRole('region', { name: 'Workflow' }).getByText('Published').first()).toBeVisible();

  // A reader opens its permalink and follows a citation to the highlighted paragraph.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto('/briefs');
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const briefUrl = new URL(reader.url()).pathname;
  // The note's link (the marker's preview holds one too, shown only on hover or focus).
  await reader.locator(`a[href="/articles/${KHAZRI}#p-1"]`).filter({ visible: true }).first().click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${KHAZRI}#p-1$`));
  await expect(reader.locator('#p-1:target')).toBeVisible();

  // The editor corrects it; the reader sees the correction and what changed.
  await editor.reload();
  await editor.getByLabel(/^Text/).fill(
    `Kazakhstan and Azerbaijan held Khazri-2023 in Baku without Russia [^${KHAZRI}#p-1].\n\n` +
      `In 2010 Kazakhstan offered [[Turkey]] joint exercises for the first time [^${EDM}#p-1].`,
  );
  await expect(editor.getByText(/^Saved/)).toBeVisible({ timeout: 15_000 });
  await takeStep(editor, 'Republish with correction', 'Add the venue', 'Added where Khazri-2023 was held.');
  await expect(editor.getByRole('status').filter({ hasText: /revision 2|Republished|published/i }).first()).toBeVisible();
  await reader.goto(`${briefUrl}/diff?from=1&to=2`);
  await expect(reader.locator('ins', { hasText: 'in Baku' })).toBeVisible();
  await expect(reader.getByText('Added where Khazri-2023 was held.').first()).toBeVisible();
  await reader.goto(`${briefUrl}/v/1`);
  await expect(reader.getByText('A newer revision exists', { exact: false })).toBeVisible();

  // An admin deactivates the contributor, whose open session is refused at once.
  const adminContext = await browser.newContext({ storageState: storageFor('ADMIN') });
  const admin = await adminContext.newPage();
  await admin.goto('/editor/people');
  const row = admin.getByRole('row', { name: new RegExp(contributor.name) });
  const deactivate = row.locator('details').filter({ has: admin.getByText('Deactivate', { exact: true }) });
  await deactivate.getByText('Deactivate', { exact: true }).click();
  await deactivate.getByLabel(/^Reason/).fill('Left the team');
  await deactivate.getByRole('checkbox').check();
  await deactivate.getByRole('button', { name: `Deactivate ${contributor.name}` }).click();
  await expect(admin.getByRole('row', { name: new RegExp(contributor.name) }).getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();

  await writer.goto(editorUrl);
  await expect(writer).toHaveURL(/\/sign-in/);

  await Promise.all([contributorContext, editorContext, readerContext, adminContext].map((c) => c.close()));
});
