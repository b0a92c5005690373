import { request as httpRequest } from 'node:http';
import { expect, test, type Browser } from '@playwright/test';
import { signIn } from '../setup/sign-in';
import { createUser, type TestUser } from '../setup/users';

async function signedInContext(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

test('signing out ends the session: a copied cookie no longer opens the editor', async ({ browser }) => {
  const user = await createUser('EDITOR');
  const { context, page } = await signedInContext(browser, user);
  const copied = await context.cookies();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/editor');
  await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=%2Feditor/);
  await Promise.all([context.close(), thief.close()]);
});

test('a signed-in editor is never sent to another site after sign-in', async ({ browser }) => {
  const user = await createUser('EDITOR');
  const { context, page } = await signedInContext(browser, user);
  for (const callbackUrl of ['/%5Cevil.example/x', '/%09/evil.example/x', '//evil.example/x']) {
    const response = await page.request.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(307);
    const location = new URL(response.headers().location ?? '', page.url());
    expect(location.host, callbackUrl).toBe(new URL(page.url()).host);
    expect(location.pathname, callbackUrl).toBe('/editor');
  }
  await context.close();
});

test('the account page lists one’s sessions, ends another one, and signs out everywhere', async ({ browser }) => {
  test.setTimeout(60_000); // two sign-ins, each an argon2 verification
  const user = await createUser('CONTRIBUTOR');
  const laptop = await signedInContext(browser, user);
  const phone = await signedInContext(browser, user);

  await laptop.page.goto('/editor/account');
  const sessions = laptop.page.getByRole('list', { name: 'Active sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: 'this browser' })).toHaveCount(1);
  await laptop.page.getByRole('button', { name: /End the session of/ }).click();
  await expect(laptop.page.getByRole('status')).toHaveText('That session has ended.');
  await expect(sessions).toHaveCount(1);

  await phone.page.goto('/editor');
  await expect(phone.page).toHaveURL(/\/sign-in/);

  await laptop.page.evaluate(() => localStorage.setItem('caspian:brief:abc:v1', JSON.stringify({ title: 't', body: 'unsaved words', baseVersion: 1, at: 1 })));
  await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop.page).toHaveURL(/\/sign-in/);
  expect(await laptop.page.evaluate(() => localStorage.getItem('caspian:brief:abc:v1'))).toBeNull();
  await laptop.page.goto('/editor');
  await expect(laptop.page).toHaveURL(/\/sign-in/);
  await Promise.all([laptop.context.close(), phone.context.close()]);
});

test('signing out clears brief text kept in the browser', async ({ browser }) => {
  const user = await createUser('CONTRIBUTOR');
  const { context, page } = await signedInContext(browser, user);
  await page.evaluate(() => localStorage.setItem('caspian:brief:xyz:v3', JSON.stringify({ title: 't', body: 'private draft', baseVersion: 3, at: 1 })));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => localStorage.getItem('caspian:brief:xyz:v3'))).toBeNull();
  await context.close();
});

/** A raw request, so that methods a browser's fetch refuses to send (TRACE) can be sent. */
function raw(method: string, path: string, baseURL: string): Promise<number> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ method, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}` }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('odd requests get 200, 404 or 405, never 500', async ({ baseURL }) => {
  const base = baseURL ?? '';
  for (const path of ['/search', '/sign-in', '/', '/search?q=aktau']) expect(await raw('HEAD', path, base), `HEAD ${path}`).toBe(200);
  expect(await raw('HEAD', '/editor', base)).toBe(307);
  for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) expect(await raw(method, '/', base), method).toBe(405);
  expect(await raw('GET', '/search?q=x&from=2022-02-30', base)).toBe(200);
  expect(await raw('GET', '/countries/ab%00c', base)).toBe(404);
  expect(await raw('GET', '/briefs/x%00y', base)).toBe(404);
});

test('a client cannot choose its own address to escape the sign-in limit', async ({ page }) => {
  const user = await createUser('CONTRIBUTOR');
  await page.goto('/sign-in');
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i}`, 'x-client-address': `198.51.100.${i}` });
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(`wrong ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('not right');
  }
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.200' });
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many failed sign-ins');
});
