import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys for the second factor, each derived from AUTH_SECRET for one purpose, so that neither the
 * database alone (a backup, a replica) reveals a TOTP secret nor a challenge can be forged.
 */
function key(authSecret: string, purpose: 'totp-secret' | 'second-factor-challenge'): Buffer {
  if (authSecret.length < 32) throw new Error('AUTH_SECRET must be set (at least 32 characters) to use a second factor');
  return Buffer.from(hkdfSync('sha256', authSecret, 'caspian-briefings', `${purpose} v1`, 32));
}

/** AES-256-GCM, bound to the account (as additional data): a sealed secret moved to another row fails to open. */
export function sealSecret(plain: string, userId: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(authSecret, 'totp-secret'), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** The secret, or null when the value was not sealed by this AUTH_SECRET for this account. */
export function openSecret(sealed: string, userId: string, authSecret: string): string | null {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(authSecret, 'totp-secret'), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export interface Challenge {
  userId: string;
  sessionVersion: number;
}

export const CHALLENGE_MS = 5 * 60_000;

/**
 * What the browser holds between the password and the code: the account, signed and expiring,
 * so the second step needs no password and cannot name another account.
 */
export function signChallenge(challenge: Challenge, authSecret: string, now = Date.now()): string {
  const payload = `${challenge.userId}.${challenge.sessionVersion}.${now + CHALLENGE_MS}`;
  const mac = createHmac('sha256', key(authSecret, 'second-factor-challenge')).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

export function readChallenge(token: string | undefined, authSecret: string, now = Date.now()): Challenge | null {
  const parts = (token ?? '').split('.');
  if (parts.length !== 4) return null;
  const [userId, version, expires, mac] = parts as [string, string, string, string];
  const expected = createHmac('sha256', key(authSecret, 'second-factor-challenge')).update(`${userId}.${version}.${expires}`).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!/^\d+$/.test(expires) || Number(expires) < now || !/^\d+$/.test(version)) return null;
  return { userId, sessionVersion: Number(version) };
}
