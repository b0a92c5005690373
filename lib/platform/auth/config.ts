import { cookieSettings } from '@/lib/platform/auth/cookies';
import { safeReturnPath } from '@/lib/platform/auth/safe-return';
import { env } from '@/lib/platform/env';
import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the Auth.js configuration that needs no database: pages and session policy.
 * lib/platform/auth/index.ts adds the providers and the callbacks that check the account on every request.
 */
export const authConfig = {
  // Auth.js's own error page (a refused single sign-on) is our sign-in page, which says why.
  pages: { signIn: '/sign-in', error: '/sign-in' },
  // The cookie lives as long as a session may; lib/platform/auth/user-sessions.ts ends it sooner (sign-out, idle).
  session: { strategy: 'jwt', maxAge: env.SESSION_MAX_HOURS * 60 * 60 },
  ...cookieSettings(env.SITE_URL),
  // The portal runs behind whatever host it is given (localhost, a proxy); callbacks are
  // restricted to relative URLs below.
  trustHost: true,
  providers: [],
  callbacks: {
    redirect({ url, baseUrl }) {
      const path = safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url);
      return path ? `${baseUrl}${path}` : baseUrl;
    },
  },
} satisfies NextAuthConfig;
