import { hash, verify } from '@node-rs/argon2';
import { weakPasswordReason } from './password-strength';

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

export const PASSWORD_RULES = 'at least 12 characters, and not a common or easily guessed one';
/** Why a new password is refused, or null; `userInputs` are the person's e-mail and name. */
export async function passwordProblem(password: string, userInputs: string[] = []): Promise<string | null> {
  if (password.length < 12) return 'The password must be at least 12 characters.';
  return weakPasswordReason(password, userInputs);
}
