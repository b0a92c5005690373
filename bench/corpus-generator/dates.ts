import type { Random } from './random';

export const FIRST_YEAR = 1995;
// The corpus ends where the portal's own data does (its migrations date from November 2026).
const LAST_DAY = Date.UTC(2026, 10, 15);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthName = (month: number): string => MONTHS[month] ?? 'January';

/**
 * Coverage grows slowly through the CSTO era and jumps after February 2022, when drills without
 * Russia became news: about three articles in five fall before the boundary.
 */
function yearWeight(year: number): number {
  if (year < 2022) return 1 + (year - FIRST_YEAR) * 0.12;
  if (year === 2026) return 9 * (10.5 / 12);
  return 9;
}

const YEARS = Array.from({ length: 2026 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const WEIGHTS = YEARS.map(yearWeight);

export type Precision = 'DAY' | 'MINUTE' | 'MONTH';

export interface Dateline {
  /** The instant stored as publishedAt (UTC). */
  at: Date;
  precision: Precision;
  tzOffsetMinutes: number | null;
  /** The date as the article's header writes it. */
  text: string;
}

/** The calendar day of publication; the dateline's wording is chosen separately. */
export function drawDay(random: Random): Date {
  const year = YEARS[random.weighted(WEIGHTS)] ?? 2024;
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year + 1, 0, 1), LAST_DAY);
  const day = Math.floor((start + random.next() * (end - start)) / 86_400_000);
  return new Date(day * 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How the header states the date: the usual English forms, an ISO date, or a time with its offset. */
export function dateline(day: Date, random: Random): Dateline {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  const d = day.getUTCDate();
  const style = random.weighted([40, 30, 10, 12, 8]);
  if (style === 0) return { at: day, precision: 'DAY', tzOffsetMinutes: null, text: `${d} ${monthName(m)} ${y}` };
  if (style === 1) return { at: day, precision: 'DAY', tzOffsetMinutes: null, text: `${monthName(m)} ${d}, ${y}` };
  if (style === 2) return { at: day, precision: 'DAY', tzOffsetMinutes: null, text: `${y}-${pad(m + 1)}-${pad(d)}` };
  if (style === 3) {
    // Newsrooms of the region: Baku and Tbilisi +04:00, Astana +05:00 (+06:00 before 2024), Moscow +03:00.
    const offset = random.pick([180, 240, 300, 360]);
    const hour = random.int(7, 22);
    const minute = random.int(0, 59);
    const at = new Date(day.getTime() + (hour * 60 + minute - offset) * 60_000);
    const sign = `+${pad(offset / 60)}:00`;
    return { at, precision: 'MINUTE', tzOffsetMinutes: offset, text: `${d} ${monthName(m)} ${y} ${pad(hour)}:${pad(minute)} (UTC${sign})` };
  }
  return { at: new Date(Date.UTC(y, m, 1)), precision: 'MONTH', tzOffsetMinutes: null, text: `${monthName(m)} ${y}` };
}
