import type { Role } from '@/lib/generated/prisma/enums';
import { hasRole } from './roles';

/** What a request's session amounts to: nobody, or someone, perhaps still owing a second factor. */
export type AccessState = { user: { role: Role; mustEnrol: boolean }; awaitingCode: boolean } | null;

/**
 * Where a page sends this session instead of rendering, or null to render: sign-in for nobody, the
 * code prompt for a single sign-on still owing its second factor, the enrolment for a role that
 * requires one, and the overview for too low a role. Each carries the page asked for.
 */
export function pageRedirect(state: AccessState, returnTo: string, atLeast: Role): string | null {
  const back = encodeURIComponent(returnTo);
  if (!state) return `/sign-in?callbackUrl=${back}`;
  if (state.awaitingCode) return `/sign-in/code?callbackUrl=${back}`;
  if (state.user.mustEnrol) return `/two-factor?callbackUrl=${back}`;
  if (!hasRole(state.user.role, atLeast)) return `/editor?denied=${back}`;
  return null;
}

export type ActionRefusal = 'not-signed-in' | 'awaiting-code' | 'no-code-awaited' | 'not-allowed' | 'must-enrol';

/**
 * Why a server action refuses this session, or null to run. A session owing its second factor
 * runs only the code step (`awaitingCode`), and the code step runs for no other session; someone
 * who must enrol runs only the enrolment (`enrolling`).
 */
export function actionRefusal(state: AccessState, atLeast: Role, options: { enrolling?: boolean; awaitingCode?: boolean }): ActionRefusal | null {
  if (!state) return 'not-signed-in';
  if (state.awaitingCode !== (options.awaitingCode === true)) return state.awaitingCode ? 'awaiting-code' : 'no-code-awaited';
  if (!hasRole(state.user.role, atLeast)) return 'not-allowed';
  if (state.user.mustEnrol && !options.enrolling) return 'must-enrol';
  return null;
}

/** The status a route handler answers a refusal with: 401 until there is a full session, 403 after. */
export function refusalStatus(refusal: ActionRefusal): 401 | 403 {
  return refusal === 'not-signed-in' || refusal === 'awaiting-code' ? 401 : 403;
}
