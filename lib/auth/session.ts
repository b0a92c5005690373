import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import type { Role } from '@/lib/generated/prisma/enums';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { hasRole } from './roles';
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
}

/**
 * The signed-in person, re-checked against the database once per request (see lib/auth/index.ts):
 * a layout and its page both ask, and one check of the session is enough for both.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const u = session?.user;
  if (!u?.id) return null;
  const mfa = u.mfa === true;
  return { id: u.id, role: u.role, name: u.name ?? '', email: u.email ?? '', mfa, mustEnrol: !mfa && env.MFA_REQUIRED_ROLES.includes(u.role) };
});

/** The caller's open sessions for the account page, the one making this request marked. */
export async function mySessions(): Promise<(SessionListItem & { current: boolean })[]> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return [];
  const limits = { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 };
  const rows = await listSessions(getDb(), userId, limits);
  return rows.map((r) => ({ ...r, current: r.id === session.sessionId }));
}

/** For pages and layouts: sends an anonymous visitor to sign in and back. */
export async function requirePageUser(returnTo: string, atLeast: Role = 'CONTRIBUTOR'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  // Before anything else, someone whose role requires a second factor sets one up.
  if (user.mustEnrol) redirect(`/two-factor?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, atLeast)) redirect(`/editor?denied=${encodeURIComponent(returnTo)}`);
  return user;
}

/** What every server action returns for expected failures; the form keeps what was typed. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const NOT_SIGNED_IN: ActionResult<never> = { ok: false, message: 'Your session has ended. Sign in again; nothing you typed is lost.' };
export const NOT_ALLOWED: ActionResult<never> = { ok: false, message: 'Your role does not allow this.' };
export const MUST_ENROL: ActionResult<never> = { ok: false, message: 'Your role requires two-factor sign-in: set it up first (Account, two-factor sign-in).' };

/**
 * Every server action starts here: the session and role are checked inside the action itself,
 * never left to the proxy or the page that shows the form. `enrolling` marks the two-factor
 * enrolment, the one action open to an account that must enrol before anything else.
 */
export async function authorizeAction(
  atLeast: Role,
  options: { enrolling?: boolean } = {},
): Promise<{ user: SessionUser; denied?: undefined } | { user?: undefined; denied: ActionResult<never> }> {
  const user = await currentUser();
  if (!user) return { denied: NOT_SIGNED_IN };
  if (!hasRole(user.role, atLeast)) return { denied: NOT_ALLOWED };
  // Only the enrolment itself is open to someone who must set up a second factor first.
  if (user.mustEnrol && !options.enrolling) return { denied: MUST_ENROL };
  return { user };
}
