import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseAvailable } from '@/lib/health/check-database';
import { UNAVAILABLE_HTML } from '@/lib/health/unavailable-page';

/** Answers 503 with a clear page while the database is unreachable, instead of failing each page. */
export async function proxy(_request: NextRequest) {
  if (await isDatabaseAvailable()) return NextResponse.next();
  return new NextResponse(UNAVAILABLE_HTML, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '15', 'cache-control': 'no-store' },
  });
}

export const config = {
  // Pages only: static assets and the health endpoint never need the database.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|api/health).*)'],
};
