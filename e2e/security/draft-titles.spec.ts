import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { storageFor } from '../setup/roles';

// generateMetadata runs beside the page; it must check the session before it loads the brief, or
// the <title> of a sign-in redirect would name a draft nobody signed in may see.
test('editor pages reveal no draft’s title to an anonymous visitor or to a contributor who did not write it', async ({ browser, request }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  const title = `Confidential draft ${tag}`;
  const author = await db.user.create({ data: { email: `draft-author-${tag}@e2e.test`, name: `Author ${tag}`, role: 'EDITOR' } });
  const brief = await db.brief.create({ data: { slug: `confidential-${tag}`, title, body: 'Unpublished.', authorId: author.id } });
  try {
    for (const path of [`/editor/briefs/${brief.id}`, `/editor/briefs/${brief.id}/history`]) {
      const raw = await request.get(path, { maxRedirects: 0 });
      expect(await raw.text(), path).not.toContain(tag);
      const followed = await request.get(path);
      expect(await followed.text(), path).not.toContain(tag);
    }
    const contributor = await browser.newContext({ storageState: storageFor('CONTRIBUTOR') });
    const page = await contributor.newPage();
    for (const path of [`/editor/briefs/${brief.id}`, `/editor/briefs/${brief.id}/history`]) {
      const response = await page.request.get(path);
      expect(await response.text(), path).not.toContain(tag);
    }
    await contributor.close();
    // The check is not blind: an editor sees the title.
    const editor = await browser.newContext({ storageState: storageFor('EDITOR') });
    const seen = await editor.newPage();
    await seen.goto(`/editor/briefs/${brief.id}`);
    await expect(seen).toHaveTitle(new RegExp(tag));
    await editor.close();
  } finally {
    await db.brief.delete({ where: { id: brief.id } });
    await db.user.delete({ where: { id: author.id } });
    await db.$disconnect();
  }
});
