import 'server-only';
import { getDb } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import type { SessionUser } from '../session';
import { secondFactorStatus, startEnrolment, type Enrolment, type SecondFactorStatus } from './second-factor';

function authSecret(): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is not set');
  return env.AUTH_SECRET;
}

/** The signed-in person's second factor, for the account and enrolment pages. */
export function mySecondFactor(user: SessionUser): Promise<SecondFactorStatus> {
  return secondFactorStatus(getDb(), user.id);
}

export function startMyEnrolment(user: SessionUser): Promise<Enrolment> {
  return startEnrolment(user, authSecret());
}

export { authSecret as secondFactorKey };
