import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { authConfig } from '@/lib/platform/auth/config';
import { challengeCookie } from '@/lib/platform/auth/cookies';
import { signInWithCode } from '@/lib/platform/auth/mfa/code-sign-in';
import { openSingleSignOnSession } from '@/lib/platform/auth/mfa/pending-session';
import { readChallenge, signChallenge } from '@/lib/platform/auth/mfa/seal';
import { signInWithPassword } from '@/lib/platform/auth/password-sign-in';
import { pruneSecurityRecords } from '@/lib/platform/auth/security-events';
import { checkSession, revokeSession, type SessionLimits } from '@/lib/platform/auth/user-sessions';
import { getDb } from '@/lib/platform/db';
import { CLIENT_ADDRESS_HEADER } from '@/lib/platform/security/client-address';
import { env } from '@/lib/platform/env';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; mfa: boolean } & DefaultSession['user'];
    /** The server-side session (lib/platform/auth/user-sessions.ts) this cookie names. */
    sessionId: string;
    /** Opened by single sign-on and waiting for the second factor: nothing else is allowed yet. */
    awaitingCode: boolean;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
}

export class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}
/** The password was right and the account has a second factor: the form asks for the code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = 'second_factor';
}
/** The code step came too late (5 minutes), or the account changed since the password step. */
export class ChallengeExpired extends CredentialsSignin {
  code = 'challenge_expired';
}

const credentialsSchema = z.object({
  email: z.email().max(320).transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(1024),
});
// The second step: a 6-digit code or a recovery code; the account comes from the signed challenge.
const codeSchema = z.object({ code: z.string().trim().min(6).max(32) });

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function authSecret(): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is not set');
  return env.AUTH_SECRET;
}

// Set by the production server from the socket (or a trusted proxy), never taken from the client.
function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

const limits: SessionLimits = { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 };

// Old attempts and security events are dropped at most hourly, on the way through a sign-in.
let prunedAt = 0;
function pruneNow(db: ReturnType<typeof getDb>): void {
  if (Date.now() - prunedAt < 3_600_000) return;
  prunedAt = Date.now();
  pruneSecurityRecords(db, env.SECURITY_EVENT_DAYS).catch((error: unknown) => console.error('[auth] pruning security records failed', error));
}

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' }, code: { label: 'Authentication code', type: 'text' } },
    async authorize(raw, request) {
      const db = getDb();
      const jar = await cookies();
      const challenge = challengeCookie(env.SITE_URL);
      const seen = { address: clientAddress(request), userAgent: request.headers.get('user-agent') ?? '' };
      const codeStep = codeSchema.safeParse(raw);
      if (codeStep.success && !(raw as { password?: unknown }).password) {
        const pending = readChallenge(cookieValue(request, challenge.name), authSecret());
        if (!pending) throw new ChallengeExpired();
        const result = await signInWithCode(db, { challenge: pending, code: codeStep.data.code, ...seen, authSecret: authSecret() });
        if (!result.ok) {
          if (result.code === 'expired') {
            jar.delete(challenge.name);
            throw new ChallengeExpired();
          }
          if (result.code === 'limited') throw new RateLimited();
          return null;
        }
        jar.delete(challenge.name);
        return { ...result.value.user, sessionId: result.value.sessionId };
      }
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const { email, password } = parsed.data;
      pruneNow(db);
      const result = await signInWithPassword(db, { email, password, ...seen });
      if (!result.ok) {
        if (result.code === 'limited') throw new RateLimited();
        if ('secondFactor' in result) {
          jar.set(challenge.name, signChallenge(result.secondFactor, authSecret()), challenge.options);
          throw new SecondFactorRequired();
        }
        return null;
      }
      return { ...result.value.user, sessionId: result.value.sessionId };
    },
  }),
];

// Single sign-on is optional: on when an OpenID Connect issuer and client are configured. Such
// sign-ins are accepted only for people who already have an active account (see signIn below).
export const SINGLE_SIGN_ON = Boolean(env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET);
if (SINGLE_SIGN_ON && env.AUTH_OIDC_ISSUER) {
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
  events: {
    // A copied cookie must stop working once its owner signs out: the session it names is revoked.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.sid === 'string' && typeof token.uid === 'string') await revokeSession(getDb(), token.sid, token.uid, 'sign-out');
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
     * Runs whenever a session is read. The server-side session and its account are checked every
     * time: signing out, being idle past SESSION_IDLE_MINUTES, SESSION_MAX_HOURS after sign-in,
     * deactivation or a password change (both bump sessionVersion) end it at once, and a role
     * change applies on the next request.
     */
    async jwt({ token, user }) {
      const db = getDb();
      if (user) {
        const account = await db.user.findUnique({ where: { email: (user.email ?? '').toLowerCase() } });
        if (!account?.active) return null;
        // Single sign-on has no authorize step of ours: its session is opened here, waiting for
        // the second factor where the account has one or its role requires one.
        const opened = user.sessionId
          ? { sessionId: user.sessionId, awaitingCode: false }
          : await openSingleSignOnSession(db, account, env.MFA_REQUIRED_ROLES, { userAgent: '' });
        return { ...token, uid: account.id, role: account.role, sv: account.sessionVersion, sid: opened.sessionId, mfa: account.totpEnabledAt !== null, awaiting: opened.awaitingCode };
      }
      if (typeof token.uid !== 'string' || typeof token.sid !== 'string') return null;
      const open = await checkSession(db, token.sid, token.sv, limits);
      if (!open || open.userId !== token.uid) return null;
      return { ...token, role: open.role, name: open.name, mfa: open.mfa, awaiting: open.awaitingCode };
    },
    session({ session, token }) {
      session.sessionId = typeof token.sid === 'string' ? token.sid : '';
      session.user.id = typeof token.uid === 'string' ? token.uid : '';
      session.user.role = (token.role as Role | undefined) ?? 'CONTRIBUTOR';
      session.user.mfa = token.mfa === true;
      session.awaitingCode = token.awaiting === true;
      return session;
    },
  },
});
