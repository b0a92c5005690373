import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { storageFor } from '../setup/roles';

test.use({ storageState: storageFor('EDITOR') });

const READ = { timeout: 30_000 };
const id = randomBytes(4).toString('hex');
const sentence = (topic: string) =>
  `Officials in Baku said on Monday that the ${topic} exercise with Kazakh naval units, numbered ${id}, had begun in the Azerbaijani sector of the Caspian Sea.`;
// A page as sites serve it: a government banner, a logo heading, the headline in og:title with the
// site name after it, and the article.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Navies meet off Baku ${id} | Caspian Wire</title>
  <meta property="og:title" content="Navies meet off Baku ${id} | Caspian Wire"><meta property="og:site_name" content="Caspian Wire">
  <meta property="article:published_time" content="2023-10-02T16:08:00+04:00"></head>
  <body><div class="banner">An official website of the Caspian Wire press service</div><header><h1>Caspian Wire</h1><nav>Home · Security</nav></header>
  <article><p>${sentence('coastal')}</p><p>${sentence('naval')}</p><p>${sentence('rescue')}</p></article></body></html>`;

let server: Server;
let address = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === `/news/${id}.html`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('an editor imports an article by its address and reads it on the site', async ({ page }) => {
  test.setTimeout(120_000);
  const url = `${address}/news/${id}.html`;
  await page.goto('/editor/import');
  await page.getByLabel("Or an article's address").fill(url);
  await page.getByRole('button', { name: 'Preview' }).click();

  const entry = page.getByRole('listitem', { name: url, exact: true });
  await expect(entry.getByRole('status')).toHaveText('Ready to import', READ);
  await expect(entry.getByLabel('Title')).toHaveValue(`Navies meet off Baku ${id}`);
  await expect(entry.getByLabel('Publication')).toHaveValue('Caspian Wire');
  await expect(entry.getByLabel('Published')).toHaveValue('2023-10-02 16:08');

  await page.getByRole('button', { name: 'Import 1 ready article' }).click();
  await expect(entry.getByRole('status')).toContainText('Imported', READ);
  await entry.getByRole('link', { name: 'Read it on the site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Navies meet off Baku ${id}`);
  await expect(page.getByText(`numbered ${id}, had begun`).first()).toBeVisible();
  // The publisher's page is linked as the original, and its address is not a paragraph of the text.
  const original = page.getByRole('definition').getByRole('link', { name: url.replace(/^http:\/\//, '') });
  await expect(original).toHaveAttribute('href', url);
  await expect(page.getByRole('region', { name: 'Original text' })).not.toContainText('Address:');
});

test('an address that does not answer with a page gets a clear message', async ({ page }) => {
  test.setTimeout(60_000);
  const url = `${address}/news/missing-${id}.html`;
  await page.goto('/editor/import');
  await page.getByLabel("Or an article's address").fill(url);
  await page.getByRole('button', { name: 'Preview' }).click();
  const entry = page.getByRole('listitem', { name: url, exact: true });
  await expect(entry.getByText(/404/)).toBeVisible(READ);
});
