import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { actionId } from '../setup/action-id';
import { storageFor } from '../setup/roles';
import { enrolSecondFactor, signIn } from '../setup/sign-in';
import { createUser, type TestUser } from '../setup/users';

async function passwordStep(page: Page, user: TestUser) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function freshContext(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('an admin without a second factor sets one up before anything else, and then signs in with a code', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser('ADMIN');
  const { context, page } = await freshContext(browser);
  await passwordStep(page, admin);
  await expect(page).toHaveURL(/\/two-factor\?callbackUrl=%2Feditor/);
  await expect(page.getByRole('status')).toHaveText('Your role requires a second factor: set it up to continue.');
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  // Nor does any action but the enrolment run for this session, called however it is.
  const direct = await page.request.post('/editor/people', {
    headers: { 'Next-Action': actionId('changeRoleAction'), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify([{ ok: true }, {}]),
    maxRedirects: 0,
  });
  expect(await direct.text()).toContain('Your role requires two-factor sign-in: set it up first');
  // Nothing else opens first: not the people page, not the account page.
  for (const path of ['/editor/people', '/editor/account']) {
    await page.goto(path);
    await expect(page).toHaveURL(`/two-factor?callbackUrl=${encodeURIComponent(path)}`);
  }
  // The enrolment goes on to the page last asked for.
  await enrolSecondFactor(page, admin);
  await expect(page).toHaveURL(/\/editor\/account$/);
  await page.goto('/editor/people');
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  await signOut(page);

  await passwordStep(page, admin);
  await expect(page.getByLabel('Authentication code')).toBeVisible();
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That code is not right, or was already used. Try the next one.');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Authentication code').fill(TOTP.generate({ secret: Secret.fromBase32(admin.totpSecret ?? ''), timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await context.close();
});

test('anyone may turn it on from the account page; a recovery code works once; an admin resets it', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await createUser('EDITOR');
  const { context, page } = await freshContext(browser);
  await signIn(page, editor);
  await page.goto('/editor/account');
  await expect(page.getByText('Off: your password alone signs you in.')).toBeVisible();
  await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
  await enrolSecondFactor(page, editor);
  await expect(page).toHaveURL(/\/editor\/account$/);
  await expect(page.getByText(/On since .*10 recovery codes left\./)).toBeVisible();
  await signOut(page);

  const [recovery] = editor.recoveryCodes ?? [];
  for (const expected of ['signed in', 'refused'] as const) {
    await passwordStep(page, editor);
    await page.getByLabel('Authentication code').fill(recovery ?? '');
    await page.getByRole('button', { name: 'Verify code' }).click();
    if (expected === 'refused') {
      await expect(page.getByRole('main').getByRole('alert')).toContainText('not right, or was already used');
    } else {
      await expect(page).toHaveURL(/\/editor$/);
      await page.goto('/editor/account');
      await expect(page.getByText(/9 recovery codes left\./)).toBeVisible();
      await signOut(page);
    }
  }
  await context.close();

  // An admin (enrolled by the setup project) resets it, as for a lost phone; it is audited.
  const adminContext = await browser.newContext({ storageState: storageFor('ADMIN') });
  const admin = await adminContext.newPage();
  await admin.goto('/editor/people');
  const row = admin.getByRole('row', { name: new RegExp(editor.name) });
  await expect(row).toContainText('Two-factor sign-in');
  await row.getByText('Reset two-factor sign-in', { exact: true }).click();
  await row.getByRole('button', { name: `Reset two-factor sign-in of ${editor.name}` }).click();
  await expect(admin.getByRole('status')).toContainText(`${editor.name}’s two-factor sign-in is reset`);
  await admin.goto('/editor/audit?action=mfa.reset');
  await expect(admin.getByRole('main')).toContainText('mfa.reset');
  await adminContext.close();

  // The password alone signs the editor in again.
  const again = await freshContext(browser);
  await passwordStep(again.page, editor);
  await expect(again.page).toHaveURL(/\/editor$/);
  await again.context.close();
});

test('an admin cannot turn off the second factor the role requires', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageFor('ADMIN') });
  const page = await context.newPage();
  await page.goto('/editor/account');
  await expect(page.getByText('Your role requires it. If you lose your phone, another admin can reset it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn off two-factor sign-in' })).toHaveCount(0);
  await context.close();
});

test('someone whose role does not require it turns it off with a current code', async ({ browser }) => {
  const contributor = await createUser('CONTRIBUTOR');
  const { context, page } = await freshContext(browser);
  await signIn(page, contributor);
  await page.goto('/two-factor?callbackUrl=%2Feditor%2Faccount');
  await enrolSecondFactor(page, contributor);
  await expect(page).toHaveURL(/\/editor\/account$/);
  await page.getByLabel('A current code or a recovery code').fill('123456');
  await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That code is not right, or was already used.');
  // The enrolment took this step's code; the next step's is within the window and not yet used.
  await page.getByLabel('A current code or a recovery code').fill(TOTP.generate({ secret: Secret.fromBase32(contributor.totpSecret ?? ''), timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Two-factor sign-in is off.' })).toBeVisible();
  await expect(page.getByText('Off: your password alone signs you in.')).toBeVisible();
  await context.close();
});

test('an admin sent to sign in on the way to a page enrols first, then lands on that page', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser('ADMIN');
  const { context, page } = await freshContext(browser);
  await page.goto('/editor/people?role=EDITOR');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Feditor%2Fpeople%3Frole%3DEDITOR$/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/two-factor\?callbackUrl=%2Feditor%2Fpeople%3Frole%3DEDITOR$/);
  await enrolSecondFactor(page, admin);
  await expect(page).toHaveURL(/\/editor\/people\?role=EDITOR$/);
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  await context.close();
});

test('new recovery codes replace the old ones, which stop working', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await createUser('EDITOR');
  const { context, page } = await freshContext(browser);
  await signIn(page, editor);
  await page.goto('/two-factor?callbackUrl=%2Feditor%2Faccount');
  await enrolSecondFactor(page, editor);
  const old = editor.recoveryCodes ?? [];
  // The enrolment took this step's code; the next step's is within the window and not yet used.
  await page.getByLabel('A current code, to get new recovery codes').fill(TOTP.generate({ secret: Secret.fromBase32(editor.totpSecret ?? ''), timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Get new recovery codes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New recovery codes are ready; the old ones no longer work.' })).toBeVisible();
  const fresh = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(fresh).toHaveLength(10);
  expect(fresh.filter((c) => old.includes(c))).toEqual([]);
  await signOut(page);

  for (const [recovery, expected] of [[old[0], 'refused'], [fresh[0], 'signed in']] as const) {
    await passwordStep(page, editor);
    await page.getByLabel('Authentication code').fill(recovery ?? '');
    await page.getByRole('button', { name: 'Verify code' }).click();
    if (expected === 'refused') await expect(page.getByRole('main').getByRole('alert')).toContainText('not right, or was already used');
    else await expect(page).toHaveURL(/\/editor$/);
  }
  await context.close();

  const adminContext = await browser.newContext({ storageState: storageFor('ADMIN') });
  const admin = await adminContext.newPage();
  await admin.goto('/editor/audit?action=mfa.recovery-codes');
  await expect(admin.getByRole('list', { name: 'Audit log entries, newest first' })).toContainText(editor.name);
  await adminContext.close();
});
