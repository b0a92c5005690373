import { expect, test, type Page } from '@playwright/test';

// The seed's brief, whatever its slug: the first brief /briefs lists about the CSTO.
async function openBrief(page: Page) {
  await page.goto('/briefs');
  await page.getByRole('main').getByRole('link', { name: /CSTO/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a note marker previews its paragraph on focus and hover, linking the permalink', async ({ page }) => {
      await openBrief(page);
      const body = page.getByRole('region', { name: 'Brief text' });
      const marker = body.locator('sup.note-ref > a').first();
      const preview = body.locator('.note-preview').first();
      const note = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first();
      await expect(preview).toBeHidden();

      await marker.focus();
      await expect(preview).toBeVisible();
      const cited = (await note.locator('blockquote p').textContent()) ?? '';
      expect(cited.length).toBeGreaterThan(20);
      // The preview shows the paragraph's first words (all of a short one); the note quotes it whole.
      const shown = ((await preview.locator('.preview-text').textContent()) ?? '').replace(/…$/, '');
      expect(shown.length).toBeGreaterThan(20);
      expect(cited.startsWith(shown)).toBe(true);
      await expect(marker).toHaveAccessibleDescription(new RegExp(`^${cited.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // The next Tab reaches the preview's source, a plain link to the paragraph's permalink.
      await page.keyboard.press('Tab');
      const source = preview.getByRole('link');
      await expect(source).toBeFocused();
      await expect(source).toHaveAttribute('href', (await note.locator('.note-source a').first().getAttribute('href')) ?? 'missing');
      const box = await preview.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= (page.viewportSize()?.width ?? 0)).toBe(true);
      await source.press('Enter');
      await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+#p-\d+$/);

      await openBrief(page);
      await page.mouse.move(0, 0);
      await expect(body.locator('.note-preview').nth(1)).toBeHidden();
      await body.locator('sup.note-ref > a').nth(1).hover();
      await expect(body.locator('.note-preview').nth(1)).toBeVisible();
    });

    test('Escape dismisses an open preview and the focus stays on its marker; without script the preview is unchanged', async ({ page }) => {
      await openBrief(page);
      const body = page.getByRole('region', { name: 'Brief text' });
      const marker = body.locator('sup.note-ref > a').first();
      const preview = body.locator('.note-preview').first();
      await marker.focus();
      await expect(preview).toBeVisible();
      if (!javaScriptEnabled) {
        // The preview is CSS alone: Escape has nothing to act on, and focus and hover still show it.
        await page.keyboard.press('Escape');
        await expect(preview).toBeVisible();
        await expect(marker).toBeFocused();
        return;
      }
      // Until the page has hydrated, Escape does nothing; once it has, the preview hides (WCAG 1.4.13).
      await expect(async () => {
        await page.keyboard.press('Escape');
        await expect(preview).toBeHidden({ timeout: 500 });
      }).toPass();
      await expect(marker).toBeFocused();
      // Leaving the marker and coming back shows it again.
      await page.keyboard.press('Shift+Tab');
      await marker.focus();
      await expect(preview).toBeVisible();
      // From the preview's own source link, Escape hides it and brings the focus back to the marker.
      await page.keyboard.press('Tab');
      await expect(preview.getByRole('link')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(preview).toBeHidden();
      await expect(marker).toBeFocused();

      // A hovered preview is dismissed with the pointer still on its marker, until the pointer leaves.
      await marker.blur();
      const next = body.locator('sup.note-ref > a').nth(1);
      const nextPreview = body.locator('.note-preview').nth(1);
      await next.hover();
      await expect(nextPreview).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(nextPreview).toBeHidden();
      await page.mouse.move(0, 0);
      await next.hover();
      await expect(nextPreview).toBeVisible();
    });

    test('a long quotation in the notes is folded, and opens in full', async ({ page }) => {
      await openBrief(page);
      const folded = page.getByRole('region', { name: 'Sources' }).locator('details.long-quote').first();
      const summary = folded.locator('summary');
      await expect(summary).toContainText(/…\s*Show the whole paragraph \(\d+ words\)/);
      await expect(folded.locator('blockquote')).toBeHidden();
      await summary.click();
      await expect(folded.locator('blockquote')).toBeVisible();
      // The summary keeps its folded words in the page, hidden once open; what shows is the fold control.
      await expect(summary.locator('.quote-less')).toBeVisible();
      await expect(summary.locator('.quote-lead')).toBeHidden();
    });
  });
}
