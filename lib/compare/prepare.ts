import { eraForDate } from '@/lib/articles/era';
import type { EntityRef } from '@/lib/entities/dto';
import type { Era, ParticipationRole } from '@/lib/generated/prisma/enums';
import { compareNames, compareText } from './order';
import type { ExerciseRecord } from './types';

/** Forces on the ground: an observer only watched, and STAYED_AWAY records a refusal. */
const DRILLING_ROLES: ReadonlySet<ParticipationRole> = new Set<ParticipationRole>(['HOST', 'PARTICIPANT', 'ORGANIZER']);

/** An exercise with what every later step needs worked out once. */
export interface PreparedExercise {
  record: ExerciseRecord;
  /** Countries that drilled, one per slug however many sources list them, ordered by slug. */
  countries: EntityRef[];
  countrySlugs: ReadonlySet<string>;
  /** Linked organizations and series, plus non-country entities that drilled: the organization filter. */
  linkedSlugs: ReadonlySet<string>;
  /** Start as epoch milliseconds, or null when undated or unparseable. */
  start: number | null;
  startYear: number | null;
  era: Era;
}

export function isDrilling(role: ParticipationRole): boolean {
  return DRILLING_ROLES.has(role);
}

/**
 * Sources may spell a country's name differently; one ref per slug, chosen by name, keeps pairs and
 * nodes identical whatever order the records arrive in.
 */
function canonicalCountries(records: readonly ExerciseRecord[]): Map<string, EntityRef> {
  const refs = new Map<string, EntityRef>();
  for (const record of records) {
    for (const { entity, role } of record.participants) {
      if (entity.type !== 'COUNTRY' || !isDrilling(role)) continue;
      const known = refs.get(entity.slug);
      if (!known || (known.name !== entity.name && compareNames(entity, known) < 0)) refs.set(entity.slug, entity);
    }
  }
  return refs;
}

function startOf(record: ExerciseRecord): number | null {
  if (!record.start) return null;
  const time = Date.parse(record.start.iso);
  return Number.isNaN(time) ? null : time;
}

function prepareOne(record: ExerciseRecord, refs: ReadonlyMap<string, EntityRef>): PreparedExercise {
  const countrySlugs = new Set<string>();
  const linkedSlugs = new Set(record.organizations.map((o) => o.slug));
  for (const { entity, role } of record.participants) {
    if (!isDrilling(role)) continue;
    if (entity.type === 'COUNTRY') countrySlugs.add(entity.slug);
    else linkedSlugs.add(entity.slug);
  }
  const countries = [...countrySlugs]
    .sort(compareText)
    .map((slug) => refs.get(slug))
    .filter((ref): ref is EntityRef => ref !== undefined);
  const start = startOf(record);
  return {
    record,
    countries,
    countrySlugs,
    linkedSlugs,
    start,
    startYear: start === null ? null : new Date(start).getUTCFullYear(),
    // The era follows the start date by the portal's one rule; the stored era only decides for
    // records without a usable date (normally UNKNOWN, unless an editor placed it).
    era: start === null ? record.era : eraForDate(new Date(start)),
  };
}

export function prepareExercises(records: readonly ExerciseRecord[]): PreparedExercise[] {
  const refs = canonicalCountries(records);
  return records.map((record) => prepareOne(record, refs));
}

/** By start date (undated last), then name, then slug. */
export function compareExercises(a: PreparedExercise, b: PreparedExercise): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start - b.start;
  }
  return compareNames(a.record, b.record);
}
