import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { // 2 is Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
  algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so that a wrong e-mail takes as long as a
// wrong password and timing does not reveal which accounts exist.
let dummy: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hash('no account has this password', OPTIONS);
  await verifyPassword(await dummy, password);
}

export const PASSWORD_RULES = 'at least 12 characters';
export function passwordProblem(password: string): string | null {
  return password.length >= 12 ? null : `The password must be ${PASSWORD_RULES}.`;
}
