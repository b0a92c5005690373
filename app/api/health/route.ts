import { NextResponse } from 'next/server';
import { healthReport } from '@/lib/platform/health/report';

export const dynamic = 'force-dynamic';

/**
 * For monitors, proxies and the start script: each part's state (lib/platform/health/report.ts); 200
 * while this instance can serve (its database answers), 503 when it cannot or is shutting down.
 */
export async function GET() {
  const report = await healthReport();
  const serving = report.database === 'up' && report.status !== 'draining';
  return NextResponse.json(report, { status: serving ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
