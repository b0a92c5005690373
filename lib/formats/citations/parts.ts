import type { CiteDate } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DateParts {
  year: number;
  month?: string;
  monthIndex?: number;
  day?: number;
}

export function dateParts(date: CiteDate): DateParts {
  const d = new Date(date.iso);
  const year = d.getUTCFullYear();
  if (date.precision === 'YEAR') return { year };
  const monthIndex = d.getUTCMonth();
  const month = MONTHS[monthIndex] ?? '';
  if (date.precision === 'MONTH') return { year, month, monthIndex };
  return { year, month, monthIndex, day: d.getUTCDate() };
}

/** "April 16, 2024", "April 2024", "2024": month-first, as Chicago and access dates use. */
export function monthDayYear(date: DateParts): string {
  if (!date.month) return String(date.year);
  return date.day ? `${date.month} ${date.day}, ${date.year}` : `${date.month} ${date.year}`;
}

export function accessedParts(accessed: Date): DateParts {
  return dateParts({ iso: accessed.toISOString(), precision: 'DAY' });
}

export interface PersonName {
  given: string;
  family: string;
}

/** "Toghrul Ali" → Ali, Toghrul; a single word stays whole as the family name. */
export function splitName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return { given: words.join(' '), family };
}

/** Adds a full stop unless the text already ends in one (or in ? or !). */
export function withPeriod(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** Inside Chicago's quotation marks: “Title.” but “Why Now?” */
export function quotedTitle(title: string): string {
  return `“${withPeriod(title)}”`;
}
