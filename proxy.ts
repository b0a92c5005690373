import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseAvailable } from '@/lib/platform/health/check-database';
import { OUTAGE_PASS_HEADER, UNAVAILABLE_HEADERS } from '@/lib/platform/health/outage-guard';
import { UNAVAILABLE_HTML } from '@/lib/platform/health/unavailable-page';
import { queryRoute } from '@/lib/platform/cache/query-routes';
import { env } from '@/lib/platform/env';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';
import { REQUEST_PATH_HEADER } from '@/lib/platform/security/request-path';
import { contentSecurityPolicy, newNonce } from '@/lib/platform/security/csp';

/**
 * Every page: a CSP nonce (Next reads it from the request's CSP header and puts it on its scripts),
 * and a clear 503 page instead of failing pages while the database is unreachable; under the
 * production server a GET is let through instead, marked, so that a page Next has in its cache is
 * still served and anything else becomes that 503 page there (lib/platform/health/outage-guard.ts). Under the
 * production server the nonce is its placeholder, which it replaces with a fresh one in each
 * response, cached pages included (lib/platform/security/restamp.ts); elsewhere (`next dev`) a fresh one.
 * Sessions and roles are not checked here: every page and action checks them itself.
 */
export async function proxy(request: NextRequest) {
  const nonce = env.CSP_NONCE_PLACEHOLDER ?? newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const read = request.method === 'GET' || request.method === 'HEAD';
  const down = !(await isDatabaseAvailable());
  if (down && !(read && env.CSP_NONCE_PLACEHOLDER)) {
    return new NextResponse(UNAVAILABLE_HTML, { status: 503, headers: { ...UNAVAILABLE_HEADERS, 'content-security-policy': csp } });
  }
  const headers = new Headers(request.headers);
  // Only the production server may say who the client is; elsewhere (`next dev`) nobody does.
  if (!env.CSP_NONCE_PLACEHOLDER) headers.delete(CLIENT_ADDRESS_HEADER);
  headers.set('x-nonce', nonce);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set('content-security-policy', csp);
  const rewrite = read ? queryRoute(request.nextUrl.pathname, request.nextUrl.searchParams) : null;
  const response = rewrite
    ? NextResponse.rewrite(new URL(rewrite, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  if (down) response.headers.set(OUTAGE_PASS_HEADER, '1');
  return response;
}

export const config = {
  // Pages only: static assets and the health endpoint never need the database.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/health).*)'],
};
