// Builders for the comparison's unit tests: small hand-made exercises, shaped as queries.ts returns them.
import type { EntityRef } from '@/lib/entities/dto';
import type { ParticipationRole } from '@/lib/generated/prisma/enums';
import type { ExerciseParticipant, ExerciseRecord, KeyEvent } from './types';

const NAMES: Record<string, string> = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  belarus: 'Belarus',
  kazakhstan: 'Kazakhstan',
  kyrgyzstan: 'Kyrgyzstan',
  russia: 'Russia',
  tajikistan: 'Tajikistan',
  'united-kingdom': 'United Kingdom',
  'united-states': 'United States',
  uzbekistan: 'Uzbekistan',
};

export function country(slug: string): EntityRef {
  return { slug, type: 'COUNTRY', name: NAMES[slug] ?? slug };
}

export function organization(slug: string, name = slug.toUpperCase()): EntityRef {
  return { slug, type: 'ORGANIZATION', name };
}

export function took(entity: EntityRef | string, role: ParticipationRole = 'PARTICIPANT', article = 'a'): ExerciseParticipant {
  const ref = typeof entity === 'string' ? country(entity) : entity;
  return {
    entity: ref,
    role,
    source: { value: null, citation: { articleSlug: article, articleTitle: article, position: 1, quote: null }, reference: null, editorNote: null },
  };
}

/** `date` is YYYY, YYYY-MM or YYYY-MM-DD; null leaves the exercise undated. */
export function exercise(
  slug: string,
  date: string | null,
  participants: (ExerciseParticipant | string)[],
  organizations: EntityRef[] = [],
): ExerciseRecord {
  const iso = date === null ? null : new Date(`${date}${date.length === 4 ? '-01-01' : date.length === 7 ? '-01' : ''}T00:00:00Z`).toISOString();
  return {
    slug,
    name: slug,
    start: iso === null ? null : { iso, precision: date?.length === 4 ? 'YEAR' : date?.length === 7 ? 'MONTH' : 'DAY' },
    end: null,
    era: iso === null ? 'UNKNOWN' : iso < '2022-02-24' ? 'CSTO_ERA' : 'POST_2022',
    participants: participants.map((p) => (typeof p === 'string' ? took(p) : p)),
    places: [],
    organizations,
  };
}

export function event(slug: string, date: string): KeyEvent {
  return { slug, name: slug, start: { iso: new Date(`${date}T00:00:00Z`).toISOString(), precision: 'DAY' } };
}

/** A fixed permutation (seeded), so "shuffled" tests are repeatable. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
