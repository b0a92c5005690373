import type { FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';

export const ROLE_LABELS: Record<ParticipationRole, string> = {
  HOST: 'Host',
  PARTICIPANT: 'Participant',
  OBSERVER: 'Observer',
  ORGANIZER: 'Organizer',
  STAYED_AWAY: 'Stayed away',
};

const OUT: Record<FactKind, string> = {
  MEMBER_OF: 'Member of',
  PARTICIPATED_IN: 'Took part in',
  LOCATED_AT: 'Located at',
  HELD_IN: 'Held in',
  COMMANDS: 'Commands',
  LEADS: 'Leads',
  PART_OF: 'Part of',
  SIGNED: 'Signed',
  MET: 'Met',
};

const IN: Record<FactKind, string> = {
  MEMBER_OF: 'Has as a member',
  PARTICIPATED_IN: 'Had taking part',
  LOCATED_AT: 'Location of',
  HELD_IN: 'Venue of',
  COMMANDS: 'Commanded by',
  LEADS: 'Led by',
  PART_OF: 'Includes',
  SIGNED: 'Signed by',
  MET: 'Met',
};

const ROLE_OUT: Record<ParticipationRole, string> = {
  HOST: 'Hosted',
  PARTICIPANT: 'Took part in',
  OBSERVER: 'Observed',
  ORGANIZER: 'Organized',
  STAYED_AWAY: 'Stayed away from',
};

/** The verb phrase that reads "<this entity> <phrase> <other entity>". */
export function factPhrase(kind: FactKind, direction: 'out' | 'in', role: ParticipationRole | null): string {
  if (kind === 'PARTICIPATED_IN' && role) return direction === 'out' ? ROLE_OUT[role] : `${ROLE_LABELS[role]}:`;
  return direction === 'out' ? OUT[kind] : IN[kind];
}
