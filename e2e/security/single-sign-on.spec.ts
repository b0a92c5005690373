import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { newRecoveryCodes, hashRecoveryCode } from '../../lib/platform/auth/mfa/recovery-codes';
import { sealSecret } from '../../lib/platform/auth/mfa/seal';
import { newTotpSecret } from '../../lib/platform/auth/mfa/totp';
import { actionId } from '../setup/action-id';
import { enrolSecondFactor } from '../setup/sign-in';
import { createUser, type TestRole, type TestUser } from '../setup/users';

// Single sign-on against a real identity provider over HTTP (e2e/setup/oidc-provider.ts, started
// beside the portal): the provider vouches for the person, not for the portal's second factor.

/** An account with a second factor already on, written as the enrolment would write it. */
async function enrolledUser(role: TestRole): Promise<TestUser & { totpSecret: string; recoveryCodes: string[] }> {
  const user = await createUser(role);
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [user.email]);
    const id = rows[0]?.id ?? '';
    await client.query('UPDATE "User" SET "totpSecret" = $2, "totpEnabledAt" = now() WHERE id = $1', [id, sealSecret(secret, id, process.env.AUTH_SECRET ?? '')]);
    for (const c of recoveryCodes) {
      await client.query('INSERT INTO "RecoveryCode" (id, "userId", "codeHash", "createdAt") VALUES ($1, $2, $3, now())', [`rc-${id}-${c}`, id, hashRecoveryCode(c)]);
    }
  } finally {
    await client.end();
  }
  return { ...user, totpSecret: secret, recoveryCodes };
}

/** From the portal's sign-in page through the identity provider's, as the given person. */
async function singleSignOn(page: Page, email: string, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
  await expect(page.getByRole('heading', { name: 'Identity provider' })).toBeVisible();
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

// Next names every loopback address "localhost" in the URLs route handlers see, so Auth.js's
// callback would name a redirect address other than the 127.0.0.1 one the sign-in sent; a real
// host name is left as it is. These journeys use "localhost" throughout, as such a host would.
const ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  return { context, page: await context.newPage() };
}

test('single sign-on of an account with a second factor waits for its code; nothing else works meanwhile', async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await enrolledUser('EDITOR');
  const { context, page } = await freshPage(browser);
  await singleSignOn(page, editor.email, '/editor/briefs');
  await expect(page).toHaveURL(/\/sign-in\/code\?callbackUrl=%2Feditor%2Fbriefs$/);
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();

  // Pages send it back to the prompt; actions refuse it, however they are called.
  for (const path of ['/editor', '/editor/account', '/two-factor']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in/code\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
  const direct = await page.request.post('/editor/account', {
    headers: { 'Next-Action': actionId('signOutEverywhereAction'), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify([null]),
    maxRedirects: 0,
  });
  expect(await direct.text()).toContain('Enter the code from your authenticator app first');

  await page.goto('/editor/briefs');
  await expect(page).toHaveURL(/\/sign-in\/code\?callbackUrl=%2Feditor%2Fbriefs$/);
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That code is not right, or was already used. Try the next one.');
  await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(editor.totpSecret) }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page).toHaveURL(/\/editor\/briefs$/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await context.close();

  // A recovery code does it too, once.
  const again = await freshPage(browser);
  await singleSignOn(again.page, editor.email, '/editor/account');
  await again.page.getByLabel('Authentication code').fill(editor.recoveryCodes[0] ?? '');
  await again.page.getByRole('button', { name: 'Verify code' }).click();
  await expect(again.page).toHaveURL(/\/editor\/account$/);
  await expect(again.page.getByText(/9 recovery codes left\./)).toBeVisible();
  await again.context.close();
});

test('single sign-on of an admin without a second factor sets one up first, then goes on to the page asked for', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser('ADMIN');
  const { context, page } = await freshPage(browser);
  await singleSignOn(page, admin.email, '/editor/people');
  await expect(page).toHaveURL(/\/two-factor\?callbackUrl=%2Feditor%2Fpeople$/);
  await expect(page.getByRole('status')).toHaveText('Your role requires a second factor: set it up to continue.');
  await enrolSecondFactor(page, admin);
  await expect(page).toHaveURL(/\/editor\/people$/);
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  await context.close();
});

test('single sign-on of someone without an account is refused, and of an account without a factor opens it', async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  await singleSignOn(page, 'nobody-here@e2e.test', '/editor');
  await expect(page).toHaveURL(/\/sign-in\?.*error=AccessDenied/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Single sign-on found no active account here for you. Ask an admin for an invitation.');
  await page.goto('/editor');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Feditor$/);

  const contributor = await createUser('CONTRIBUTOR');
  await singleSignOn(page, contributor.email, '/editor/briefs');
  await expect(page).toHaveURL(/\/editor\/briefs$/);
  await context.close();
});
