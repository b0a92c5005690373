import { readFileSync } from 'node:fs';
import type { TestRole, TestUser } from './users';

/** The stored sign-in of the account the setup project made for a role. */
export const storageFor = (role: TestRole) => `e2e/.auth/${role.toLowerCase()}.json`;

export function userFor(role: TestRole): TestUser {
  return JSON.parse(readFileSync(`e2e/.auth/${role.toLowerCase()}-user.json`, 'utf8')) as TestUser;
}
