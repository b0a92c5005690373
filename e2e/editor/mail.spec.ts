import { expect, test, type Page } from '@playwright/test';
import { startTestSmtpServer, type TestSmtpServer } from '@/scripts/testing/smtp-server';
import { smtpPort } from '../setup/mail';
import { storageFor } from '../setup/roles';
import { createUser } from '../setup/users';

// One SMTP server on a fixed port: these tests run one after another, in one worker.
test.describe.configure({ mode: 'serial' });

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(smtpPort);
});
test.afterAll(async () => {
  await smtp.close();
});

/** The path of the portal link in a message; the origin is SITE_URL's, the test server is ours. */
function linkIn(text: string, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${prefix} link in: ${text}`);
  return match[1];
}

async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(/\/editor/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
}

test('a forgotten password is reset through the mailed link, and the new one signs in', async ({ page }) => {
  const user = await createUser('EDITOR', 'forgetful');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in page has an Email field too: wait for the new page before typing.
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByText('If an account has this address')).toBeVisible();

  const mail = await smtp.waitFor((m) => m.to.includes(user.email));
  expect(mail.subject).toBe('Reset your Caspian Briefings password');
  await page.goto(linkIn(mail.text, '/reset-password/'));
  await expect(page.getByText(`For ${user.email}`)).toBeVisible();

  // Two passwords that differ: said next to the field, and nothing typed is lost.
  const password = 'a brand new passphrase for e2e';
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(`${password}!`);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('The two passwords differ: type the same password in both fields.')).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveValue(password);
  await expect(page.getByLabel('The same password again')).toHaveValue(`${password}!`);

  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done/);
  await expect(page.getByText('Your password was changed')).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedIn(page);

  // The link worked once.
  await page.goto(linkIn(mail.text, '/reset-password/'));
  await expect(page.getByText('This reset link is not valid any more')).toBeVisible();
});

test('an invitation arrives by mail and its link makes a signed-in account', async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: storageFor('ADMIN') });
  const admin = await adminContext.newPage();
  const email = `invitee-${Date.now()}@e2e.test`;
  await admin.goto('/editor/people');
  await admin.getByLabel('Email').fill(email);
  await admin.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(admin.getByText('It was sent to them by e-mail')).toBeVisible();
  await adminContext.close();

  const mail = await smtp.waitFor((m) => m.to.includes(email));
  expect(mail.subject).toBe('Your invitation to Caspian Briefings');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(mail.text, '/invite/'));
  await page.getByLabel('Your name, as colleagues will see it').fill('Invited by mail');
  await page.getByLabel(/^Password/).fill('the invitee picks a long one');
  await page.getByLabel('The same password again').fill('the invitee picks a long one');
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await expectSignedIn(page);
  await context.close();
});
