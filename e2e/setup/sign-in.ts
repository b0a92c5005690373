import { Secret, TOTP } from 'otpauth';
import { expect, type Page } from '@playwright/test';
import type { TestUser } from './users';

const PERIOD_MS = 30_000;
// The last time step whose code each account used in this process: the portal takes a code once.
const lastStep = new Map<string, number>();

/** The code of a time step, computed with the library the portal uses. */
function codeAt(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * PERIOD_MS });
}

function freshStep(user: TestUser, offset = 0): number {
  const now = Math.floor(Date.now() / PERIOD_MS) + offset;
  return Math.max(now, (lastStep.get(user.email) ?? 0) + 1);
}

/**
 * Signs in as a person would: the password, then the authenticator's code when the account has a
 * second factor, or its enrolment when the role requires one (admins); the secret and recovery
 * codes are kept on `user` for later sign-ins.
 */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const codeField = page.getByLabel('Authentication code');
  const enrolment = page.getByRole('heading', { name: 'Set up two-factor sign-in' });
  const signedIn = page.getByRole('button', { name: 'Sign out', exact: true });
  // The first sign-ins of a run meet a cold server (argon2, the session row, the first render of
  // /editor): allow for it rather than fail the setup every specs depends on.
  await expect(codeField.or(enrolment).or(signedIn).first()).toBeVisible({ timeout: 30_000 });
  if (await enrolment.isVisible()) await enrolSecondFactor(page, user);
  else if (await codeField.isVisible()) await enterCode(page, user);
  await expect(page).toHaveURL(/\/editor/, { timeout: 30_000 });
}

/** On /two-factor: reads the setup key, confirms it with a code, and keeps the recovery codes. */
export async function enrolSecondFactor(page: Page, user: TestUser): Promise<void> {
  const secret = (await page.getByLabel('Setup key').innerText()).trim();
  const step = freshStep(user);
  await page.getByLabel('Code from the app').fill(codeAt(secret, step));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  lastStep.set(user.email, step);
  user.totpSecret = secret;
  user.recoveryCodes = await codes.allInnerTexts();
  await page.getByRole('link', { name: 'I have kept them: continue' }).click();
}

/**
 * The code step of sign-in. Another process may have used this step's code for the same account
 * (the portal takes each once): then the next step's, which the portal's window also accepts, and
 * last a recovery code.
 */
async function enterCode(page: Page, user: TestUser): Promise<void> {
  const secret = user.totpSecret;
  if (!secret) throw new Error(`${user.email} has a second factor but the test does not know its secret`);
  const tries = [freshStep(user), freshStep(user, 1)];
  for (const step of tries) {
    if (step > Math.floor(Date.now() / PERIOD_MS) + 1) continue;
    await page.getByLabel('Authentication code').fill(codeAt(secret, step));
    await page.getByRole('button', { name: 'Verify code' }).click();
    lastStep.set(user.email, step);
    // "Checking…" until the answer: a refusal (the alert) or the editor, once signed in.
    await expect(page.getByRole('button', { name: 'Checking…' })).toHaveCount(0, { timeout: 30_000 });
    const signedIn = page.getByRole('button', { name: 'Sign out', exact: true });
    await expect(page.getByRole('main').getByRole('alert').or(signedIn).first()).toBeVisible({ timeout: 30_000 });
    if (await signedIn.isVisible()) return;
  }
  const recovery = user.recoveryCodes?.shift();
  if (!recovery) throw new Error(`no unused code left for ${user.email}`);
  await page.getByLabel('Authentication code').fill(recovery);
  await page.getByRole('button', { name: 'Verify code' }).click();
}
