import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { z } from 'zod';
import { authConfig } from '@/lib/auth.config';
import { burnVerification, verifyPassword } from '@/lib/auth/password';
import { recordSignInAttempt, signInBlockedFor } from '@/lib/auth/rate-limit';
import { getDb } from '@/lib/db';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
import { env } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

const credentialsSchema = z.object({
  email: z.email().max(320).transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(1024),
});

// Set by the production server from the socket (or a trusted proxy), never taken from the client.
function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const { email, password } = parsed.data;
      const db = getDb();
      const ip = clientAddress(request);
      if (await signInBlockedFor(db, email, ip)) throw new RateLimited();
      const user = await db.user.findUnique({ where: { email } });
      const ok = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : (await burnVerification(password), false);
      await recordSignInAttempt(db, email, ip, ok);
      if (!ok || !user) return null;
      return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
    },
  }),
];

// Single sign-on is optional: on when an OpenID Connect issuer and client are configured. Such
// sign-ins are accepted only for people who already have an active account (see signIn below).
if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
  providers.push({
    id: 'oidc',
    name: 'Single sign-on',
    type: 'oidc',
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_ID,
    clientSecret: env.AUTH_OIDC_SECRET,
  });
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  providers,
  logger: {
    // A wrong password is an expected outcome, answered on the form; log only real failures.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account }) {
      if (account?.provider === 'credentials') return true;
      const email = user.email?.toLowerCase();
      const known = email ? await getDb().user.findUnique({ where: { email }, select: { active: true } }) : null;
      return Boolean(known?.active);
    },
    /**
     * Runs whenever a session is read. The account is checked every time, so deactivating an
     * editor or changing a password (both bump sessionVersion) ends their sessions at once, and a
     * role change applies on the next request.
     */
    async jwt({ token, user }) {
      const db = getDb();
      if (user) {
        const account = await db.user.findUnique({ where: { email: (user.email ?? '').toLowerCase() } });
        if (!account?.active) return null;
        return { ...token, uid: account.id, role: account.role, sv: account.sessionVersion };
      }
      if (typeof token.uid !== 'string') return null;
      const account = await db.user.findUnique({ where: { id: token.uid }, select: { active: true, role: true, sessionVersion: true, name: true } });
      if (!account?.active || account.sessionVersion !== token.sv) return null;
      return { ...token, role: account.role, name: account.name };
    },
    session({ session, token }) {
      session.user.id = typeof token.uid === 'string' ? token.uid : '';
      session.user.role = (token.role as Role | undefined) ?? 'CONTRIBUTOR';
      return session;
    },
  },
});
