import { compareNames, compareText } from './order';
import type { PreparedExercise } from './prepare';
import type { CompareFilter, KeyEvent } from './types';

/** Same filter, same echo: country slugs deduplicated and sorted, unset bounds left out. */
export function normalizeFilter(filter: CompareFilter): CompareFilter {
  const normalized: CompareFilter = { countries: [...new Set(filter.countries)].sort(compareText) };
  if (filter.organization !== undefined) normalized.organization = filter.organization;
  if (filter.fromYear !== undefined) normalized.fromYear = filter.fromYear;
  if (filter.toYear !== undefined) normalized.toYear = filter.toYear;
  return normalized;
}

/** A year bound asks for a date: with one set, undated items are left out rather than guessed. */
function inYears(year: number | null, filter: CompareFilter): boolean {
  if (filter.fromYear === undefined && filter.toYear === undefined) return true;
  if (year === null) return false;
  if (filter.fromYear !== undefined && year < filter.fromYear) return false;
  if (filter.toYear !== undefined && year > filter.toYear) return false;
  return true;
}

export function matchesFilter(exercise: PreparedExercise, filter: CompareFilter): boolean {
  if (!filter.countries.every((slug) => exercise.countrySlugs.has(slug))) return false;
  if (filter.organization !== undefined && !exercise.linkedSlugs.has(filter.organization)) return false;
  return inYears(exercise.startYear, filter);
}

function eventTime(event: KeyEvent): number | null {
  const time = Date.parse(event.start.iso);
  return Number.isNaN(time) ? null : time;
}

/** Events are context, not cooperation: only the year bounds apply to them. */
export function eventsInRange(events: readonly KeyEvent[], filter: CompareFilter): KeyEvent[] {
  return events
    .map((event) => ({ event, time: eventTime(event) }))
    .filter(({ time }) => inYears(time === null ? null : new Date(time).getUTCFullYear(), filter))
    .sort((a, b) => {
      if (a.time !== b.time) {
        if (a.time === null) return 1;
        if (b.time === null) return -1;
        return a.time - b.time;
      }
      return compareNames(a.event, b.event);
    })
    .map(({ event }) => event);
}
