import type { ProposedFact } from './types';

const ROLE_VERBS: Record<NonNullable<ProposedFact['role']>, string> = {
  host: 'hosted',
  participant: 'took part in',
  observer: 'observed',
  organizer: 'organized',
  'stayed-away': 'stayed away from',
};

/** A proposed fact as the import preview says it: "Kazakhstan hosted Steppe Eagle-2023". */
export function factInWords(fact: ProposedFact): string {
  switch (fact.kind) {
    case 'participated-in':
      return `${fact.subject} ${ROLE_VERBS[fact.role ?? 'participant']} ${fact.object ?? ''}`.trim();
    case 'held-in':
      return `${fact.subject} was held in ${fact.object ?? ''}`.trim();
    case 'part-of-series':
      return `${fact.subject} is part of the series ${fact.object ?? ''}`.trim();
    case 'dated':
      return `${fact.subject} is dated ${fact.from ?? 'not stated'}${fact.to && fact.to !== fact.from ? ` to ${fact.to}` : ''}`;
  }
}
