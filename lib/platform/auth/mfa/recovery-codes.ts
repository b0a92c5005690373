import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without look-alikes (no I, L, O, U): easy to copy from paper.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Ten codes of 50 random bits each, written xxxxx-xxxxx. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^0-9a-z]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9a-z]{10}$/.test(normalizeRecoveryCode(code));
}

/**
 * Stored as a SHA-256 hash: each code carries 50 random bits, far beyond guessing, so a slow
 * password hash would add nothing but time to every sign-in that uses one.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(`recovery:${normalizeRecoveryCode(code)}`).digest('hex');
}
