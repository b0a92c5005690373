import type { BlockList } from 'node:net';
import { isTrustedProxy } from './client-address';
import { NONCE_SHAPE } from './csp';

/**
 * The request header by which a trusted proxy in front (deploy/nginx.conf) takes over writing the
 * CSP nonce: the instance stamps the page with the proxy's secret token instead of a fresh nonce,
 * and the proxy replaces the token, in the body (`sub_filter`) and in the CSP header, with a nonce
 * of its own for every response it sends (`$request_id`). The page is then the same for every
 * reader, so the proxy may keep it (for a second: see FrontCache.serve) and still give each
 * response a nonce nobody has seen before. The token must stay secret, as the placeholder does
 * (lib/platform/security/restamp.ts): a script stored with it in its nonce attribute would have it
 * replaced too.
 */
export const PROXY_NONCE_HEADER = 'x-nonce-token';

/** The response header that tells the proxy a response was stamped with its token (and only then). */
export const PROXY_NONCE_STAMP_HEADER = 'x-nonce-stamp';


/**
 * The token to stamp this response with, when the request came from a trusted proxy that sent one;
 * undefined otherwise (the instance writes a fresh nonce itself). Anyone else's header is ignored.
 */
export function proxyNonceToken(socketAddress: string | undefined, header: string | string[] | undefined, proxies: BlockList): string | undefined {
  // As long as a nonce (`openssl rand -base64 16`), so Content-Length holds.
  if (typeof header !== 'string' || !NONCE_SHAPE.test(header)) return undefined;
  return isTrustedProxy(socketAddress, proxies) ? header : undefined;
}
