import { createHash, createHmac } from 'node:crypto';
import { newNonce } from './csp';

/**
 * The placeholder nonce pages are rendered with (./restamp.ts): derived from AUTH_SECRET when there is
 * one, so that every instance of a deployment renders with the same one and a page one instance
 * stored in the shared cache (REDIS_URL) is restamped right by the others; random otherwise. Like the
 * secret, it never leaves the server: every response has it replaced.
 */
export function pagePlaceholder(secret: string | undefined): string {
  if (!secret) return newNonce();
  return createHmac('sha256', secret).update('caspian-briefings:csp-placeholder').digest().subarray(0, 16).toString('base64');
}

/** A short public name for a placeholder (part of a hash of it), to keep apart pages rendered with another one. */
export function placeholderId(placeholder: string): string {
  return createHash('sha256').update(placeholder).digest('base64url').slice(0, 12);
}
