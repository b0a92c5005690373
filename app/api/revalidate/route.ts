import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { isValidRevalidateToken, REVALIDATE_MAX_BYTES, revalidateBody } from '@/lib/platform/cache/revalidate-token';
import { env } from '@/lib/platform/env';

export const dynamic = 'force-dynamic';

const answer = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });

/** Expires cached pages by tag after a write made outside the portal (see lib/platform/cache/revalidate-token.ts). */
export async function POST(request: NextRequest) {
  if (!isValidRevalidateToken(request.headers.get('authorization'), env.AUTH_SECRET)) return answer(401, { error: 'unauthorized' });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > REVALIDATE_MAX_BYTES) return answer(413, { error: 'body too large' });
  const text = await request.text();
  if (text.length > REVALIDATE_MAX_BYTES) return answer(413, { error: 'body too large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return answer(400, { error: 'the body must be JSON: {"tags": ["…"]}' });
  }
  const parsed = revalidateBody.safeParse(json);
  if (!parsed.success) return answer(400, { error: 'the body must be {"tags": ["…"]}, 1 to 500 tags of 1 to 256 characters' });
  for (const tag of new Set(parsed.data.tags)) revalidateTag(tag, { expire: 0 });
  return answer(200, { expired: parsed.data.tags.length });
}
