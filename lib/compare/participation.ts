import type { ParticipationRole } from '@/lib/generated/prisma/enums';
import type { ExerciseRecord } from './types';

/**
 * Whether a country took part in an exercise, as its sources tell it: took part (drilled), stated
 * absent (a source says it stayed away, or only watched), or not stated. Silence is never a "no".
 */
export type Participation =
  | { status: 'took-part'; roles: ParticipationRole[] }
  | { status: 'stated-absent'; roles: ParticipationRole[] }
  | { status: 'not-stated' };

const DRILLING: ReadonlySet<ParticipationRole> = new Set<ParticipationRole>(['HOST', 'PARTICIPANT', 'ORGANIZER']);

export function participationOf(record: Pick<ExerciseRecord, 'participants'>, slug: string): Participation {
  return participationFromRoles(record.participants.filter((p) => p.entity.slug === slug).map((p) => p.role));
}

/** The same reading from the roles the sources give one country (entity pages and share cards use it). */
export function participationFromRoles(stated: readonly ParticipationRole[]): Participation {
  const roles = [...new Set(stated)];
  if (roles.length === 0) return { status: 'not-stated' };
  return roles.some((r) => DRILLING.has(r)) ? { status: 'took-part', roles } : { status: 'stated-absent', roles };
}

/** Reader words for a participation: "took part", "stayed away", "observed only", "not stated". */
export function participationWords(p: Participation): string {
  if (p.status === 'not-stated') return 'not stated';
  if (p.status === 'took-part') return p.roles.includes('HOST') ? 'host' : 'took part';
  return p.roles.includes('STAYED_AWAY') ? 'stayed away' : 'observed only';
}
