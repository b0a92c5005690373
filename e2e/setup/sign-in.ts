import { expect, type Page } from '@playwright/test';
import type { TestUser } from './users';

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first sign-ins of a run meet a cold server (argon2, the session row, the first render of
  // /editor): allow for it rather than fail the setup every specs depends on.
  await expect(page).toHaveURL(/\/editor/, { timeout: 30_000 });
}
