import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { expireCachedPages } from '../setup/expire-cache';
import { percent, seededComparison } from './seeded-comparison';

test('the eras side by side, computed from the sourced facts', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare the eras' })).toBeVisible();
  const figures = page.getByRole('table', { name: 'Figures per era' });
  await expect(figures.getByRole('columnheader', { name: 'CSTO era' })).toBeVisible();
  await expect(figures.getByRole('columnheader', { name: 'Post-2022' })).toBeVisible();
  // The exercise record (prisma/record/) gives each era at least 30 exercises. Each share names its
  // denominator, with the exercises whose sources are silent counted apart, not as a "no"; on the
  // freshly seeded data the share is the one its files give (specs running beside this one may add
  // exercises, so the figure shown is checked against its own counts, and the seeded one bounds it).
  const seeded = seededComparison();
  const counts = figures.getByRole('row', { name: /^Exercises/ }).getByRole('cell');
  expect(Number(await counts.nth(0).innerText())).toBeGreaterThanOrEqual(30);
  expect(Number(await counts.nth(1).innerText())).toBeGreaterThanOrEqual(30);
  const withoutRussia = figures.getByRole('row', { name: /Without Russia/ }).getByRole('cell');
  for (const [i, era] of (['CSTO_ERA', 'POST_2022'] as const).entries()) {
    const text = (await withoutRussia.nth(i).innerText()).replace(/\s+/g, ' ');
    const m = /^(\d+)% ?(\d+) of (\d+) exercises? whose sources say; (\d+) more do(?:es)? not say$/.exec(text);
    expect(m, text).not.toBeNull();
    const [pct, without, said, silent] = (m ?? []).slice(1).map(Number) as [number, number, number, number];
    expect(pct).toBe(Math.round((100 * without) / said));
    expect(said + silent).toBeGreaterThanOrEqual(seeded.byEra[era].figures.exercises);
    if (said + silent === seeded.byEra[era].figures.exercises) expect(`${pct}%`).toBe(percent(seeded.byEra[era].figures.shareWithoutRussia));
  }
  await expect(page.getByText(/These figures rest on \d+ exercises and \d+ articles/)).toBeVisible();
  await expect(page.getByRole('group', { name: /Cooperation network, CSTO era/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /Cooperation network, Post-2022/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Exercises, Post-2022' });
  await expect(table.getByRole('rowheader', { name: /Birlestik-2024/ })).toBeVisible();
  // Birlestik's sources say Russia stayed away; UZAZ-2023's say nothing about Russia.
  await expect(table.getByRole('row', { name: /Birlestik-2024/ }).getByRole('cell').nth(2)).toContainText('stayed away');
  await expect(table.getByRole('row', { name: /UZAZ-2023/ }).getByRole('cell').nth(2)).toHaveText('not stated');
  await expect(table.getByText(/^no$/)).toHaveCount(0);
  // Each fact in the table links to the paragraph that states it, or to the page it rests on.
  await expect(table.getByRole('link', { name: /¶\d+/ }).first()).toBeVisible();
  const reference = table.getByRole('link', { name: /^reference: / }).first();
  await expect(reference).toHaveAttribute('rel', 'noopener noreferrer external');
  await expect(reference).toHaveAttribute('href', /^https?:\/\//);
});

/**
 * The text a reader sees in a table far down the page. Its section is laid out only as it nears
 * the screen (.defer-render, content-visibility), and until the frame after that innerText finds
 * nothing in it.
 */
async function renderedText(table: Locator): Promise<string> {
  await table.scrollIntoViewIfNeeded();
  await expect.poll(() => table.innerText()).not.toBe('');
  return table.innerText();
}

test('a filtered comparison is a link that reproduces the same view', async ({ page, context }) => {
  await page.goto('/compare');
  // The filters are folded until wanted, so the answer comes first.
  await expect(page.getByRole('checkbox', { name: 'Uzbekistan' })).toBeHidden();
  await page.getByText('Filter by country, organization or years').click();
  await page.getByRole('checkbox', { name: 'Uzbekistan' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/uzbekistan$/);
  const figures = await page.getByRole('table', { name: 'Figures per era' }).innerText();
  const exercises = await renderedText(page.getByRole('table', { name: 'Exercises, Post-2022' }));
  expect(exercises).toContain('UZAZ-2023');
  expect(exercises).not.toContain('Khazri-2023');

  const permalink = await page.getByRole('link', { name: '/compare/uzbekistan' }).getAttribute('href');
  const shared = await context.newPage();
  await shared.goto(permalink ?? '');
  await expect(shared.getByRole('heading', { level: 1 })).toContainText('Uzbekistan');
  expect(await shared.getByRole('table', { name: 'Figures per era' }).innerText()).toBe(figures);
  expect(await renderedText(shared.getByRole('table', { name: 'Exercises, Post-2022' }))).toBe(exercises);
  await expect(shared.getByRole('checkbox', { name: 'Uzbekistan' })).toBeChecked();
});

test('a pair has one address, whatever order or name is typed', async ({ request }) => {
  const response = await request.get('/compare/kazakhstan/azerbaijan', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(/\/compare\/azerbaijan\/kazakhstan$/);
  expect((await request.get('/compare/turkiye', { maxRedirects: 0 })).headers()['location']).toMatch(/\/compare\/turkey$/);
  expect((await request.get('/compare/atlantis')).status()).toBe(404);
  expect((await request.get('/compare?country=%3Cscript%3E&from=abc&to=99999')).status()).toBe(200); // redirected to /compare
});

const COMPARE_KINDS = ['PARTICIPATED_IN', 'HELD_IN', 'LOCATED_AT', 'PART_OF'] as const;

/** Asks until the view comes from the cache twice in a row (specs beside this one may expire it). */
async function cached(request: APIRequestContext, path: string): Promise<void> {
  await expect(async () => {
    await request.get(path);
    for (let i = 0; i < 2; i++) expect((await request.get(path)).headers()['x-nextjs-cache'], path).toBe('HIT');
  }).toPass({ timeout: 30_000 });
}

test('each view is served from the cache until an entity it reads changes, and only then', async ({ request }) => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? '');
  const views = ['/compare', '/compare/kazakhstan', '/compare/azerbaijan/kazakhstan', '/compare/kazakhstan?from=2015&to=2025'];
  const tag = randomBytes(4).toString('hex');
  const fact = await db.fact.findFirstOrThrow({
    where: { kind: 'PARTICIPATED_IN', subject: { slug: 'kazakhstan' }, object: { slug: 'khazri-2023' } },
    select: { object: { select: { id: true, name: true } } },
  });
  const exercise = fact.object;
  // An entity no comparison reads: no exercise or event, and in no fact of the kinds it follows.
  const unrelated = await db.entity.findFirstOrThrow({
    where: { type: 'PERSON', subjectFacts: { none: { kind: { in: [...COMPARE_KINDS] } } }, objectFacts: { none: { kind: { in: [...COMPARE_KINDS] } } } },
    select: { id: true },
  });
  try {
    for (const view of views) await cached(request, view);
    // A change to something the views do not read leaves them in the cache.
    await expect(async () => {
      for (const view of views) await cached(request, view);
      await expireCachedPages(request, [`entity:${unrelated.id}`]);
      for (const view of views) expect((await request.get(view)).headers()['x-nextjs-cache'], view).toBe('HIT');
    }).toPass({ timeout: 60_000 });
    // A change to an exercise they show expires every one of them, and each shows it at once.
    const renamed = `Khazri-2023 ${tag}`;
    await db.entity.update({ where: { id: exercise.id }, data: { name: renamed } });
    await expireCachedPages(request, [`entity:${exercise.id}`]);
    for (const view of views) {
      const response = await request.get(view);
      expect(response.headers()['x-nextjs-cache'], view).not.toBe('HIT');
      expect(await response.text(), view).toContain(renamed);
    }
    const reader = await request.get('/countries/kazakhstan');
    expect(reader.status()).toBe(200);
  } finally {
    await db.entity.update({ where: { id: exercise.id }, data: { name: exercise.name } });
    await expireCachedPages(request, [`entity:${exercise.id}`]);
    await db.$disconnect();
  }
});

test('the page opens with the answer, each share with its denominator', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare');
  const answer = page.getByTestId('compare-answer');
  await expect(answer).toHaveText(/After 24 February 2022, (\d+% \(\d+ of \d+\)|not stated)/);
  await expect(answer).toContainText(/in the CSTO era, \d+% \(\d+ of \d+\)/);
  // On a phone the answer is on the first screen, above the folded filters and the figures table.
  const box = await answer.boundingBox();
  expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThan(844);
  const filters = await page.getByText('Filter by country, organization or years').boundingBox();
  expect(filters?.y ?? 0).toBeGreaterThan(box?.y ?? 1e9);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the timeline opens on 24 February 2022 with years either side (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/compare');
    const frame = page.locator('[data-timeline-window]');
    await frame.scrollIntoViewIfNeeded();
    const visible = async (text: string) => {
      const [f, t] = await Promise.all([frame.boundingBox(), frame.locator('text', { hasText: new RegExp(`^${text}$`) }).first().boundingBox()]);
      return !!f && !!t && t.x >= f.x && t.x + t.width <= f.x + f.width;
    };
    await expect.poll(() => visible('24 February 2022')).toBe(true);
    expect(await visible('2021')).toBe(true);
    expect(await visible('2022')).toBe(true);
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect(legend).toContainText('Key event');
    await expect(legend).toContainText('Era boundary, 24 February 2022');
    await context.close();
  });
}
