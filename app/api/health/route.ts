import { NextResponse } from 'next/server';
import { isDatabaseAvailable } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

/** Liveness for monitors and the start script: 200 when the database answers, else 503. */
export async function GET() {
  const database = await isDatabaseAvailable();
  return NextResponse.json(
    { status: database ? 'ok' : 'degraded', database: database ? 'up' : 'down' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
