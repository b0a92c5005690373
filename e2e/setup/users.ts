import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../lib/platform/auth/password';

export type TestRole = 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR';

export interface TestUser {
  email: string;
  password: string;
  name: string;
  role: TestRole;
  /** Set once the account has enrolled a second factor (e2e/setup/sign-in.ts), with its recovery codes. */
  totpSecret?: string;
  recoveryCodes?: string[];
}

/** A fresh account of the given role, made directly in the test database, unique to this run. */
export async function createUser(role: TestRole, label = role.toLowerCase()): Promise<TestUser> {
  const id = randomBytes(4).toString('hex');
  const user: TestUser = {
    email: `${label}-${id}@e2e.test`,
    password: `pw-${randomBytes(9).toString('base64url')}`,
    name: `${label[0]?.toUpperCase()}${label.slice(1)} ${id}`,
    role,
  };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "sessionVersion", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, true, 0, now(), now())`,
      [`e2e${id}${role.toLowerCase()}`, user.email, user.name, await hashPassword(user.password), role],
    );
  } finally {
    await client.end();
  }
  return user;
}
