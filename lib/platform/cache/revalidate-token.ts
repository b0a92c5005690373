import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Writes made outside the portal's own actions (the ingest command, a script fixing data) expire
 * cached pages through POST /api/revalidate, authorised by a token derived from AUTH_SECRET: whoever
 * can read the secret can already sign sessions, and nobody else can compute it.
 */
export function revalidateToken(secret: string): string {
  return createHmac('sha256', secret).update('caspian-briefings:revalidate').digest('base64url');
}

export function isValidRevalidateToken(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(revalidateToken(secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const revalidateBody = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1).max(500),
});

export const REVALIDATE_MAX_BYTES = 64 * 1024;

/** Asks a running portal to expire tags; false (and no throw) when it is not running or refuses. */
export async function requestRevalidation(baseUrl: string, secret: string, tags: readonly string[]): Promise<boolean> {
  try {
    const response = await fetch(new URL('/api/revalidate', baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidateToken(secret)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
