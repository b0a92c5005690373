import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run';

const FILE = path.join(ROOT, '.data', 'auth-secret');

/**
 * The secret that signs session cookies: AUTH_SECRET when set, else one generated on first start
 * and kept in .data/ (git-ignored, readable by this user only), so sessions survive a restart.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (existsSync(FILE)) return readFileSync(FILE, 'utf8').trim();
  mkdirSync(path.dirname(FILE), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(FILE, secret, { mode: 0o600 });
  return secret;
}
