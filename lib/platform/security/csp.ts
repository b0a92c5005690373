/**
 * The Content-Security-Policy for a page: scripts only from this origin or carrying this
 * request's nonce (Next applies it to its own scripts), never inline handlers or eval in
 * production. Inline styles stay allowed: React's style attributes and SVG need them, and they
 * cannot run script.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** What newNonce makes (16 bytes in base64): the shape of the placeholder and of a proxy's nonce token too. */
export const NONCE_SHAPE = /^[A-Za-z0-9+/]{22}==$/;

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
