import type { NextAuthConfig } from 'next-auth';

export const SECURE_SESSION_COOKIE = '__Host-authjs.session-token';

/**
 * On an https site the session cookie is `Secure` and `__Host-` prefixed (no Domain, Path=/), so
 * neither a plain-http page nor a sibling subdomain can set or read it. Auth.js would otherwise
 * decide from each request's own protocol, which behind a proxy may be plain http.
 */
export function cookieSettings(siteUrl: string): Pick<NextAuthConfig, 'useSecureCookies' | 'cookies'> {
  if (new URL(siteUrl).protocol !== 'https:') return { useSecureCookies: false };
  return {
    useSecureCookies: true,
    cookies: {
      sessionToken: { name: SECURE_SESSION_COOKIE, options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } },
    },
  };
}

/** The cookie that carries a sign-in between its password and its code (lib/platform/auth/mfa/seal.ts). */
export function challengeCookie(siteUrl: string): { name: string; options: { httpOnly: true; sameSite: 'strict'; path: '/'; secure: boolean; maxAge: number } } {
  const secure = new URL(siteUrl).protocol === 'https:';
  return { name: secure ? '__Host-caspian.second-factor' : 'caspian.second-factor', options: { httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: 300 } };
}
