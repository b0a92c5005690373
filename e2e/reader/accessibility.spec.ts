import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every reader page type, as a new reader reaches them. The brief's address is read from /briefs,
// so the spec follows the seed's brief whatever its slug.
const PAGES: { name: string; path: string | ((page: Page) => Promise<string>) }[] = [
  { name: 'home', path: '/' },
  { name: 'article list', path: '/articles' },
  { name: 'article', path: '/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias' },
  { name: 'paragraph citation', path: '/articles/caspian-states-to-hold-military-drills-for-the-first-time-without-russias/cite/2' },
  { name: 'entities', path: '/entities' },
  { name: 'country', path: '/countries/kazakhstan' },
  { name: 'exercise', path: '/exercises/birlestik-2024' },
  { name: 'briefs', path: '/briefs' },
  {
    name: 'brief',
    path: async (page) => {
      await page.goto('/briefs');
      return (await page.getByRole('main').getByRole('link', { name: /CSTO/ }).first().getAttribute('href')) ?? '/briefs';
    },
  },
  { name: 'compare', path: '/compare' },
  { name: 'compare a country', path: '/compare/uzbekistan' },
  { name: 'search', path: '/search?q=Unity-2024' },
];

// Colour contrast is what the dark scheme changes, and it does not depend on the width: dark is
// checked at desk size only, to keep the spec's time down.
const RUNS = [
  { label: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { label: 'desk, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  { label: 'desk, dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
];

for (const run of RUNS) {
  test.describe(`axe (${run.label})`, () => {
    test.use({ viewport: run.viewport, colorScheme: run.colorScheme });
    for (const entry of PAGES) {
      test(`no violations: ${entry.name}`, async ({ page }) => {
        // /compare is the largest page (every exercise in a table and a timeline): axe needs longer there.
        if (entry.name.startsWith('compare')) test.slow();
        const path = typeof entry.path === 'string' ? entry.path : await entry.path(page);
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const found = violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  });
}
