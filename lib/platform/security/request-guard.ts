import type { IncomingHttpHeaders } from 'node:http';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

/** Auth.js's endpoints take a sign-in or sign-out form of a few fields: 64 KB is ample. */
export const AUTH_BODY_BYTES = 64 * 1024;

/** The largest body a path may send: Auth.js's endpoints far less than the imports' MAX_BODY_MB. */
export function bodyLimit(url: string, maxBodyBytes: number): number {
  return url.startsWith('/api/auth/') || url === '/api/auth' ? Math.min(maxBodyBytes, AUTH_BODY_BYTES) : maxBodyBytes;
}

export interface Refusal {
  status: 404 | 405 | 411 | 413 | 400;
  message: string;
  headers?: Record<string, string>;
}

/**
 * What the production server refuses before Next sees it: methods the portal has no use for
 * (TRACE echoes requests, PUT/DELETE/PATCH reach no page), bodies larger than the cap, and
 * bodies of unknown length, which could only be capped by reading them first. It answers from the
 * headers alone, before a byte of the body is read. Browsers send a
 * length with every form and server action.
 */
export function refuseRequest(method: string | undefined, headers: IncomingHttpHeaders, maxBodyBytes: number, url = '/'): Refusal | null {
  const m = (method ?? '').toUpperCase();
  // No page has a control character in its address; PostgreSQL refuses NUL in text outright.
  if (/%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(url.split('?')[0] ?? '')) return { status: 404, message: 'Not found' };
  if (!(ALLOWED_METHODS as readonly string[]).includes(m)) {
    return { status: 405, message: 'Method not allowed', headers: { allow: ALLOWED_METHODS.join(', ') } };
  }
  const length = headers['content-length'];
  if (length !== undefined) {
    if (!/^\d+$/.test(length)) return { status: 400, message: 'Bad Content-Length' };
    const limit = bodyLimit(url, maxBodyBytes);
    if (Number(length) > limit) return { status: 413, message: `Request body larger than ${Math.round(limit / 1024)} KB` };
    return null;
  }
  if (headers['transfer-encoding'] !== undefined) return { status: 411, message: 'Length required' };
  return null;
}
