import { expect, test } from '@playwright/test';

test('the home page carries the lead figure from /compare and links to it', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('region', { name: 'Exercises without Russia' });
  await expect(figure.getByText(/^\d+ of \d+ exercises whose sources say whether Russia took part$/).first()).toBeVisible();
  await expect(figure.getByRole('definition').filter({ hasText: /^(\d+%|not stated)$/ })).toHaveCount(2);
  await figure.getByRole('link', { name: /Compare the eras/ }).click();
  await expect(page).toHaveURL(/\/compare$/);
});

test('the home page advertises its feeds, canonical address and share image, and each resolves', async ({ page, request }) => {
  await page.goto('/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/?$/);
  const feeds = await head.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((l) => ({ type: l.getAttribute('type'), href: l.getAttribute('href') ?? '' })),
  );
  expect(feeds.map((f) => f.type).sort()).toEqual(['application/atom+xml', 'application/feed+json']);
  const image = await head.locator('meta[property="og:image"]').getAttribute('content');
  for (const href of [...feeds.map((f) => f.href), image ?? '']) {
    const response = await request.get(new URL(href).pathname + new URL(href).search);
    expect(response.status(), href).toBe(200);
  }
  expect((await request.get(new URL(image ?? '').pathname)).headers()['content-type']).toBe('image/png');
  // And visibly, in the footer, for readers without a feed-aware browser.
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/feeds/briefs.atom');
  await expect(footer.getByRole('link', { name: 'JSON Feed' })).toHaveAttribute('href', '/feeds/briefs.json');
});

test('/compare has its own share image', async ({ page, request }) => {
  await page.goto('/compare');
  const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
  // /compare is rendered by its cached route (/compare-view/<view>), whose card is the comparison's.
  expect(image).toMatch(/\/compare(-view\/[^/]+)?\/opengraph-image/);
  const response = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
