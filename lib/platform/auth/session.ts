import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/lib/platform/auth';
import type { Role } from '@/lib/generated/prisma/enums';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import type { Failure } from '@/lib/platform/result';
import { REQUEST_PATH_HEADER } from '@/lib/platform/security/request-path';
import { actionRefusal, pageRedirect, refusalStatus, type ActionRefusal } from './access';
import { safeReturnPath } from './safe-return';
import { listSessions, type SessionListItem } from './user-sessions';

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** Signs in with a second factor. */
  mfa: boolean;
  /** Has a role that requires a second factor (MFA_REQUIRED_ROLES) and has none yet: enrols first. */
  mustEnrol: boolean;
  /** The server-side session this request came with. */
  sessionId: string;
}

/**
 * The session re-checked against the database once per request (see lib/platform/auth/index.ts): a layout
 * and its page both ask, and one check of the session is enough for both.
 */
const readSession = cache(async (): Promise<{ user: SessionUser; awaitingCode: boolean } | null> => {
  const session = await auth();
  const u = session?.user;
  if (!session || !u?.id) return null;
  const mfa = u.mfa === true;
  const user = { id: u.id, role: u.role, name: u.name ?? '', email: u.email ?? '', mfa, mustEnrol: !mfa && env.MFA_REQUIRED_ROLES.includes(u.role), sessionId: session.sessionId };
  return { user, awaitingCode: session.awaitingCode === true };
});

/**
 * The signed-in person, re-checked against the database (once per request). A
 * single sign-on session still waiting for its second factor is nobody yet: every page and route
 * that asks gets null.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const state = await readSession();
  return state && !state.awaitingCode ? state.user : null;
}

/** The person behind a single sign-on session waiting for its second factor, for the code prompt only. */
export async function awaitingCodeUser(): Promise<SessionUser | null> {
  const state = await readSession();
  return state?.awaitingCode ? state.user : null;
}

/** The caller's open sessions for the account page, the one making this request marked. */
export async function mySessions(): Promise<(SessionListItem & { current: boolean })[]> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return [];
  const limits = { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 };
  const rows = await listSessions(getDb(), userId, limits);
  return rows.map((r) => ({ ...r, current: r.id === session.sessionId }));
}

/** The page this request asked for (proxy.ts), for layouts, which get no URL; same-origin paths only. */
export async function requestedPath(fallback: string): Promise<string> {
  return safeReturnPath((await headers()).get(REQUEST_PATH_HEADER)) ?? fallback;
}

/** For pages and layouts: sends an anonymous visitor to sign in and back (and see lib/platform/auth/access.ts). */
export async function requirePageUser(returnTo: string, atLeast: Role = 'CONTRIBUTOR'): Promise<SessionUser> {
  const state = await readSession();
  const elsewhere = pageRedirect(state, returnTo, atLeast);
  if (elsewhere || !state) redirect(elsewhere ?? '/sign-in');
  return state.user;
}

export const NOT_SIGNED_IN: Failure = { ok: false, message: 'Your session has ended. Sign in again; nothing you typed is lost.' };
export const NOT_ALLOWED: Failure = { ok: false, message: 'Your role does not allow this.' };
export const MUST_ENROL: Failure = { ok: false, message: 'Your role requires two-factor sign-in: set it up first (Account, two-factor sign-in).' };
export const AWAITING_CODE: Failure = { ok: false, message: 'Enter the code from your authenticator app first, to finish signing in.' };
export const NO_CODE_AWAITED: Failure = { ok: false, message: 'This session is not waiting for a code.' };
const REFUSALS: Record<ActionRefusal, Failure> = {
  'not-signed-in': NOT_SIGNED_IN,
  'awaiting-code': AWAITING_CODE,
  'no-code-awaited': NO_CODE_AWAITED,
  'not-allowed': NOT_ALLOWED,
  'must-enrol': MUST_ENROL,
};

/**
 * Every server action starts here, through lib/platform/actions/action-client.ts: the session and
 * role are checked inside the action itself, never left to the proxy or the page that shows the form. `enrolling` marks the two-factor
 * enrolment, the one action open to an account that must enrol before anything else;
 * `awaitingCode` the code step of a single sign-on, the one action open to such a session (and
 * to no other).
 */
export async function authorizeAction(
  atLeast: Role,
  options: { enrolling?: boolean; awaitingCode?: boolean } = {},
): Promise<{ user: SessionUser; denied?: undefined } | { user?: undefined; denied: Failure }> {
  const state = await readSession();
  const refusal = actionRefusal(state, atLeast, options);
  if (refusal || !state) return { denied: REFUSALS[refusal ?? 'not-signed-in'] };
  return { user: state.user };
}

/**
 * The same checks for the few route handlers that serve the editor's own pages (an upload larger
 * than an action takes, suggestions as one types), whose answer is a status and a JSON error.
 */
export async function authorizeRequest(atLeast: Role): Promise<{ user: SessionUser; denied?: undefined; status?: undefined } | { user?: undefined; denied: Failure; status: 401 | 403 }> {
  const state = await readSession();
  const refusal = actionRefusal(state, atLeast, {});
  if (refusal || !state) return { denied: REFUSALS[refusal ?? 'not-signed-in'], status: refusalStatus(refusal ?? 'not-signed-in') };
  return { user: state.user };
}
