import { randomBytes } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { importArticle } from '../../lib/articles/import-article';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { expireCachedPages } from '../setup/expire-cache';
import { storageFor } from '../setup/roles';

const KHAZRI = '/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';

function scriptNonce(response: APIResponse): string {
  const csp = response.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, 'the CSP names a nonce').toBeTruthy();
  return nonce ?? '';
}

test('reader pages come from the cache, each response with a nonce of its own', async ({ request }) => {
  for (const path of [KHAZRI, '/countries/kazakhstan', '/briefs', '/', `${KHAZRI}?cite=2`]) {
    // Specs running beside this one publish and import, which rightly expires pages: the three
    // requests in a row are tried again until none of them fell on such a moment.
    await expect(async () => {
      await request.get(path);
      const seen = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
        // A browser that prefetched it reuses it for 30 s at most (next.config.ts, staleTimes).
        expect(response.headers()['x-nextjs-stale-time'], path).toBe('30');
        // Its nonce is this response's own: no shared cache in front may store it for others.
        expect(response.headers()['cache-control'], path).toMatch(/^private, no-cache\b/);
        const nonce = scriptNonce(response);
        const body = await response.text();
        // Every script Next wrote carries this response's nonce, and no other nonce is in the page.
        const nonces = new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
        expect([...nonces], path).toEqual([nonce]);
        seen.add(nonce);
      }
      expect(seen.size, path).toBe(3);
    }).toPass({ timeout: 20_000 });
  }
});

test('a cached page of a cited paragraph is its own page', async ({ request }) => {
  const whole = await (await request.get(KHAZRI)).text();
  const cited = await (await request.get(`${KHAZRI}?cite=2`)).text();
  expect(whole).toContain('Citations of this page');
  expect(cited).toContain('Citations of paragraph 2');
});

test('a citation of no paragraph is 404 and not stored, whatever asks for it', async ({ request }) => {
  for (const path of [`${KHAZRI}/cite/-1`, `${KHAZRI}/cite/0`, `${KHAZRI}/cite/99999`, `${KHAZRI}?cite=99999`]) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['x-nextjs-cache'], path).not.toBe('HIT');
    }
  }
  // Values that are not paragraph numbers at all are ignored: the article itself, no citation.
  const odd = await request.get(`${KHAZRI}?cite=-1`);
  expect(odd.status()).toBe(200);
  expect(await odd.text()).toContain('Citations of this page');
});

test('an editor’s correction shows at once on the cached article page and in the lists', async ({ browser, request }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  try {
    const imported = await importArticle(
      db,
      `Cache Test Article ${tag}\n\nThis article exists only to check that cached pages change when an editor corrects them (${tag}); it is long enough to read as a paragraph of an ordinary article about drills near Aktau.`,
    );
    await expireCachedPages(request, ['articles', 'entities']);
    const path = `/articles/${imported.slug}`;
    await request.get(path);
    await request.get(path);
    // By now the production server answers it without asking Next (lib/platform/cache/front-cache.ts).
    const before = await request.get(path);
    expect(before.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await before.text()).toContain(`Cache Test Article ${tag}`);

    const editorContext = await browser.newContext({ storageState: storageFor('EDITOR') });
    const editor = await editorContext.newPage();
    await editor.goto(`/editor/articles/${imported.id}`);
    await editor.getByLabel('Title').fill(`Corrected Cache Test ${tag}`);
    await editor.getByRole('button', { name: 'Save metadata' }).click();
    await expect(editor).toHaveURL(/done=metadata/);
    await editorContext.close();

    // Not asserted: that this is a MISS. The editor's page links to the reader page, and the
    // browser's prefetch of that link may already have rendered and cached the corrected page.
    const after = await request.get(path);
    expect(await after.text()).toContain(`Corrected Cache Test ${tag}`);
    expect(await (await request.get(path)).text()).toContain(`Corrected Cache Test ${tag}`);
    expect(await (await request.get('/articles')).text()).toContain(`Corrected Cache Test ${tag}`);
  } finally {
    await db.$disconnect();
  }
});
