import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { expireCachedPages } from '../setup/expire-cache';

const KHAZRI = '/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
const BIRLESTIK = '/exercises/birlestik-2024';

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Follows the page's og:image, as a sharing service would, and checks a real PNG comes back. */
async function expectShareCard(page: Page) {
  const ogImage = page.locator('meta[property="og:image"]');
  await expect(ogImage).toHaveCount(1);
  const url = await ogImage.getAttribute('content');
  expect(url).toBeTruthy();
  // og:image is absolute on SITE_URL; ask this server for the same path.
  const { pathname, search } = new URL(url!, page.url());
  const image = await page.request.get(pathname + search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const body = await image.body();
  expect(body.byteLength).toBeGreaterThan(5 * 1024);
  expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
}

test('an article has a share card', async ({ page }) => {
  await page.goto(KHAZRI);
  await expectShareCard(page);
});

test('an exercise has a share card', async ({ page }) => {
  await page.goto(BIRLESTIK);
  await expectShareCard(page);
});

test('a published brief has a share card', async ({ page }) => {
  await page.goto('/briefs');
  await page.getByRole('main').getByRole('link', { name: /From the CSTO.s shadow/ }).first().click();
  await expect(page).toHaveURL(/\/briefs\/[a-z0-9-]+$/);
  await expectShareCard(page);
});

// An unknown slug's page is 404, so its share image is too: a 200 card for any invented address let
// anyone fill the page cache with entries (issue 16). Nothing is stored: asked again, it is no HIT.
test('an unknown slug gets a 404 share image, not stored in the cache', async ({ page }) => {
  for (const [known, unknown] of [
    [KHAZRI, '/articles/no-such-article-here'],
    [BIRLESTIK, '/exercises/no-such-exercise-here'],
  ] as const) {
    await page.goto(known);
    const url = await page.locator('meta[property="og:image"]').getAttribute('content');
    // Next suffixes the image route with a build hash (opengraph-image-<hash>); keep it, swap the slug.
    const { pathname } = new URL(url!, page.url());
    const path = pathname.replace(known, unknown);
    for (let i = 0; i < 2; i++) {
      const image = await page.request.get(path);
      expect(image.status(), path).toBe(404);
      expect(image.headers()['content-type'], path).not.toBe('image/png');
      expect(image.headers()['x-nextjs-cache'], path).not.toBe('HIT');
    }
  }
});

// A character missing from every font is drawn as the same box ("tofu") wherever it stands, so two
// titles made of the same letters in another order give identical cards when the letters are
// missing, and different cards when they are drawn. Each title keeps to the letters of one shipped
// subset (lib/formats/og/fonts), so that a subset gone missing cannot hide behind letters of another.
const SCRIPTS: Record<string, string> = {
  Cyrillic: 'Бірлестік',
  'Kazakh Cyrillic': 'ҚқӘәҢңҮүӨөҺһ',
  'Turkish and Azerbaijani Latin': 'ŞİğşƏəĞ',
};

test('titles in Cyrillic, Kazakh and Turkish letters are drawn with real glyphs', async ({ page }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  const titles = Object.values(SCRIPTS).flatMap((letters) => [letters, Array.from(letters).reverse().join('')]);
  const entities = titles.map((name, i) => ({ slug: `og-glyphs-${tag}-${i}`, name }));
  try {
    await db.entity.createMany({ data: entities.map((e) => ({ ...e, type: 'EXERCISE' as const })) });
    await page.goto(BIRLESTIK);
    const { pathname } = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!, page.url());
    const cards: Buffer[] = [];
    for (const { slug } of entities) {
      const image = await page.request.get(pathname.replace(BIRLESTIK, `/exercises/${slug}`));
      expect(image.status()).toBe(200);
      cards.push(await image.body());
    }
    Object.keys(SCRIPTS).forEach((script, i) => {
      const [forward, reversed] = [cards[2 * i], cards[2 * i + 1]];
      expect(forward && reversed && !forward.equals(reversed), `${script} letters are drawn, not boxes`).toBe(true);
    });
  } finally {
    await db.entity.deleteMany({ where: { slug: { in: entities.map((e) => e.slug) } } });
    await db.$disconnect();
  }
});

test('a share card is drawn once, then served from the cache until what it shows changes', async ({ page }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const tag = randomBytes(4).toString('hex');
  const entity = await db.entity.create({ data: { slug: `og-cache-${tag}`, name: `Card Before ${tag}`, type: 'EXERCISE' } });
  try {
    await page.goto(BIRLESTIK);
    const { pathname } = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!, page.url());
    const path = pathname.replace(BIRLESTIK, `/exercises/${entity.slug}`);
    const first = await page.request.get(path);
    const before = await first.body();
    const again = await page.request.get(path);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect((await again.body()).equals(before)).toBe(true);

    // A script renames it and expires its tag, as writes from outside the portal must.
    await db.entity.update({ where: { id: entity.id }, data: { name: `Renamed Card ${tag}` } });
    await expireCachedPages(page.request, [`entity:${entity.id}`]);
    const after = await page.request.get(path);
    expect(after.headers()['x-nextjs-cache']).not.toBe('HIT');
    expect((await after.body()).equals(before)).toBe(false);
  } finally {
    await db.entity.delete({ where: { id: entity.id } });
    await db.$disconnect();
  }
});
