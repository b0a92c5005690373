import { safeReturnPath } from '@/lib/auth/safe-return';
import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the Auth.js configuration that needs no database: pages and session policy.
 * lib/auth.ts adds the providers and the callbacks that check the account on every request.
 */
export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
