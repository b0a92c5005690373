import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { importArticle } from '../../lib/articles/import-article';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { XSS_PAYLOADS } from '@/scripts/testing/xss-corpus';
import { expireCachedPages } from '../setup/expire-cache';

// Hostile input reaches readers through briefs, summaries and article metadata. It is written
// straight into the database here (as a compromised or careless editor could) and the pages are
// then opened in a real browser: no payload may run.

function watchForScript(page: Page): () => string[] {
  const ran: string[] = [];
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('XSS-RAN')) ran.push(`console: ${message.text()}`);
  });
  return () => ran;
}

test('hostile Markdown and metadata run no script in the browser', async ({ page }) => {
  test.setTimeout(120_000);
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  const body = XSS_PAYLOADS.join('\n\n');
  try {
    const author = await db.user.create({ data: { email: `xss-${tag}@e2e.test`, name: `XSS ${tag}`, role: 'EDITOR', active: false } });
    const brief = await db.brief.create({
      data: { slug: `xss-brief-${tag}`, title: `<img src=x onerror=alert('title')> XSS ${tag}`, body, status: 'PUBLISHED', authorId: author.id },
    });
    await db.briefRevision.create({
      data: { briefId: brief.id, number: 1, title: brief.title, body, citations: [], publishedById: author.id, correctionNote: XSS_PAYLOADS[0] ?? '' },
    });
    const imported = await importArticle(
      db,
      `A Test Article <img src=x onerror=alert('t')> ${tag}\nBy <script>alert('by')</script>\n\nThis article exists only for the cross-site scripting test ${tag}; its text is long enough to read as a paragraph of an ordinary article, <b onmouseover=alert('p')>bold</b> and <script>alert('body')</script>.`,
    );
    const article = { id: imported.id, slug: imported.slug };
    await db.summary.upsert({
      where: { articleId: article.id },
      create: { articleId: article.id, draftBody: body, publishedBody: body, status: 'PUBLISHED', authorId: author.id, publishedAt: new Date() },
      update: { publishedBody: body, status: 'PUBLISHED' },
    });
    const kz = await db.entity.findUniqueOrThrow({ where: { slug: 'kazakhstan' }, select: { id: true } });
    await db.summary.upsert({
      where: { entityId: kz.id },
      create: { entityId: kz.id, draftBody: body, publishedBody: body, status: 'PUBLISHED', authorId: author.id, publishedAt: new Date() },
      update: { publishedBody: body, status: 'PUBLISHED' },
    });
    await db.articleCuration.upsert({
      where: { articleId: article.id },
      create: { articleId: article.id, authors: [`<script>alert('author')</script>`], note: `"><svg onload=alert('note')>` },
      update: { authors: [`<script>alert('author')</script>`] },
    });

    await expireCachedPages(page.request);

    const ran = watchForScript(page);
    for (const path of [`/briefs/xss-brief-${tag}`, `/briefs/xss-brief-${tag}/v/1`, `/briefs`, `/articles/${article.slug}`, '/countries/kazakhstan', '/articles', '/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Give event handlers (onerror, onload, onfocus with autofocus) their chance to fire.
      await page.waitForLoadState('load');
      await page.mouse.move(200, 300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss ?? false), path).toBe(false);
    }
    expect(ran()).toEqual([]);
  } finally {
    await db.$disconnect();
  }
});
