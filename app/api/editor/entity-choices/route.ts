import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { authorizeRequest } from '@/lib/platform/auth/session';
import { getDb } from '@/lib/platform/db';
import { searchEntityChoices } from '@/lib/knowledge-base/list';

export const dynamic = 'force-dynamic';

const query = z.object({ q: z.string().max(200) });
const answer = (status: number, body: unknown) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });

/** Suggestions for the fact form's subject and object, as the editor types (editors only). */
export async function GET(request: NextRequest) {
  const { denied, status } = await authorizeRequest('EDITOR');
  if (denied) return answer(status, { error: denied.message });
  const parsed = query.safeParse({ q: request.nextUrl.searchParams.get('q') ?? '' });
  if (!parsed.success) return answer(400, { error: 'Type at most 200 characters.' });
  return answer(200, { choices: await searchEntityChoices(getDb(), parsed.data.q) });
}
