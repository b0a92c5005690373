import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { makeDocx } from '../../lib/importer/sources/fixture-files';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

const sentence = (id: string, topic: string) =>
  `Officials in Astana said on Tuesday that the ${topic} drills with neighbouring states, numbered ${id}, would continue through the autumn and include naval units from the Caspian flotilla.`;

const item = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });
// Reading a file on the server includes loading the knowledge base's names: allow for a busy machine.
const READ = { timeout: 30_000 };

async function choose(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  await page.goto('/editor/import');
  await page.getByLabel('Files').setInputFiles(files);
  await page.getByRole('button', { name: 'Preview' }).click();
}

test('an editor uploads a saved page, a Word file and a text file, corrects one field, imports them and reads them on the site', async ({ page }) => {
  test.setTimeout(120_000);
  const id = randomBytes(4).toString('hex');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Steppe drills ${id} | Caspian Post</title>
    <meta property="og:site_name" content="Caspian Post"><meta property="article:published_time" content="2024-05-02T09:00:00+05:00">
    <meta name="author" content="Aigerim Sadykova"><script>window.hacked = true</script></head>
    <body><nav>Home · Politics · Security</nav><article><h1>Steppe drills ${id}</h1>
    <p>${sentence(id, 'steppe')}</p><p>${sentence(id, 'mountain')}</p><p><img src="x" onerror="window.hacked = true">${sentence(id, 'river')}</p></article>
    <footer>Accept cookies to continue</footer></body></html>`;
  const docx = await makeDocx([`Caspian flotilla exercise ${id}`, 'By Timur Akhmetov', 'March 3, 2021', sentence(id, 'flotilla'), sentence(id, 'coastal')]);
  const text = `Border talks resume ${id}\nBy Dilnoza Yusupova\nSept. 7, 2023\n\n${sentence(id, 'border')}\n\n${sentence(id, 'desert')}\n`;
  await choose(page, [
    { name: `page-${id}.html`, mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: `word-${id}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) },
    { name: `text-${id}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) },
  ]);

  const pageItem = item(page, `page-${id}.html`);
  await expect(pageItem.getByRole('status')).toHaveText('Ready to import', READ);
  await expect(pageItem.getByLabel('Title')).toHaveValue(`Steppe drills ${id}`);
  await expect(pageItem.getByText("Read from the page's Open Graph tags: Caspian Post.")).toBeVisible();
  await expect(pageItem.getByLabel('Authors, one a line')).toHaveValue('Aigerim Sadykova');
  await expect(item(page, `word-${id}.docx`).getByRole('status')).toHaveText('Ready to import', READ);
  await expect(item(page, `word-${id}.docx`).getByLabel('Published')).toHaveValue('2021-03-03');
  const textItem = item(page, `text-${id}.txt`);
  await expect(textItem.getByRole('status')).toHaveText('Ready to import', READ);
  await expect(textItem.getByLabel('Published')).toHaveValue('2023-09-07');
  await textItem.getByLabel('Publication').fill(`Steppe Review ${id}`);
  await expect(textItem.getByText('Yours is kept as editor-supplied.')).toBeVisible();

  await page.getByRole('button', { name: 'Import 3 ready articles' }).click();
  for (const name of [`page-${id}.html`, `word-${id}.docx`, `text-${id}.txt`]) await expect(item(page, name).getByRole('status')).toContainText('Imported', READ);
  // Each article's fact proposals are the job queue's work; its line says when they are in.
  for (const name of [`page-${id}.html`, `word-${id}.docx`, `text-${id}.txt`]) await expect(item(page, name).getByText(/^Facts proposed: \d+\./)).toBeVisible(READ);
  const review = textItem.getByRole('link', { name: 'Review them' });
  const factsPage = await review.getAttribute('href');
  expect(factsPage).toMatch(/^\/editor\/articles\/[^/]+\/facts$/);

  await pageItem.getByRole('link', { name: 'Read it on the site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Steppe drills ${id}`);
  await expect(page.getByText(`numbered ${id}, would continue`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await page.goBack();

  await page.goto('/articles');
  await page.getByRole('link', { name: `Border talks resume ${id}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Border talks resume ${id}`);
  await expect(page.getByText(`Steppe Review ${id}`).first()).toBeVisible();
});

test('a broken file, a huge file and a Windows-1251 file each get a clear message, and the rest is imported', async ({ page }) => {
  test.setTimeout(120_000);
  const id = randomBytes(4).toString('hex');
  const russian = `Учения на Каспии ${id}\nАвтор: Пётр Иванов\n\nВоенные учения прошли на побережье Каспийского моря в присутствии наблюдателей из соседних стран, сообщили в министерстве ${id}.\n`;
  await choose(page, [
    { name: `broken-${id}.docx`, mimeType: 'application/octet-stream', buffer: Buffer.from('PK this is not a real Word file') },
    { name: `huge-${id}.txt`, mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') },
    { name: `cp1251-${id}.txt`, mimeType: 'text/plain', buffer: iconv.encode(russian, 'windows-1251') },
    { name: `fine-${id}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Fine article ${id}\n\n${sentence(id, 'fine')}\n`) },
  ]);

  await expect(item(page, `broken-${id}.docx`).getByRole('alert')).toContainText('This Word file could not be opened', READ);
  await expect(item(page, `huge-${id}.txt`).getByRole('alert')).toHaveText('This file is 6 MB; the limit is 5 MB a file. Split it, or save only the article.');
  const cyrillic = item(page, `cp1251-${id}.txt`);
  await expect(cyrillic.getByRole('status')).toHaveText('Ready to import', READ);
  await cyrillic.getByText(/^Importer notes/).click();
  await expect(cyrillic.getByText('Transcoded from windows-1251 to UTF-8')).toBeVisible();
  await expect(cyrillic.getByLabel('Title')).toHaveValue(`Учения на Каспии ${id}`);

  await page.getByRole('button', { name: 'Import 2 ready articles' }).click();
  await expect(cyrillic.getByRole('status')).toContainText('Imported', READ);
  await expect(item(page, `fine-${id}.txt`).getByRole('status')).toContainText('Imported', READ);
  await expect(item(page, `broken-${id}.docx`).getByRole('status')).toHaveText('Not imported');
  await cyrillic.getByRole('link', { name: 'Read it on the site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Учения на Каспии ${id}`);
});
