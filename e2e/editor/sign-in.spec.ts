import { expect, test } from '@playwright/test';
import { createUser } from '../setup/users';

test('an anonymous visitor to the editor is sent to sign in and back', async ({ page }) => {
  const user = await createUser('EDITOR');
  await page.goto('/editor/briefs');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Feditor/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a failed sign-in says the same for a wrong password and an unknown account, and keeps the email', async ({ page }) => {
  const user = await createUser('CONTRIBUTOR');
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const wrongPassword = await page.getByRole('main').getByRole('alert').innerText();
  await expect(page.getByLabel('Email')).toHaveValue(user.email);

  await page.getByLabel('Email').fill(`nobody-${Date.now()}@e2e.test`);
  await page.getByLabel('Password').fill('whatever it is');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(wrongPassword);
});

test('repeated failures for an account are rate limited with a clear message', async ({ page }) => {
  const user = await createUser('CONTRIBUTOR');
  await page.goto('/sign-in');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(`wrong ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The button reads "Signing in…" until the answer comes; the message is the same each time.
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('not right');
  }
  // Even the right password is refused while the account is cooling down.
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many failed sign-ins');
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ request }) => {
  for (const path of ['/', '/articles', '/sign-in', '/entities']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scripts, path).toMatch(/'nonce-[^']+'/);
    expect(scripts, path).not.toContain('unsafe-inline');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
