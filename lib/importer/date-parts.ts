import type { Component, ParsedResult } from 'chrono-node';
import type { DatePrecision } from './types';

/** One date expression found in a line, reduced to the fields the text actually states. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number;
  tz: number | null;
  index: number;
  end: number;
  notes: string[];
}

const NUMERIC = /(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;

/**
 * chrono reads 04/05/2023 as US month/day but also swaps silently when one number exceeds 12;
 * we apply the conventions ourselves so that every guess is written down in the notes. Dotted dates
 * (17.10.2023) are a day-first convention everywhere they are used.
 */
function numericParts(text: string): Pick<DateParts, 'month' | 'day' | 'notes'> | null {
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dayFirst = m[2] === '.';
  if (a > 12 && b > 12) return null;
  if (a > 12) return { day: a, month: b, notes: [] };
  if (b > 12) return { month: a, day: b, notes: [] };
  if (a === b) return { month: a, day: b, notes: [] };
  const reading = dayFirst ? 'day/month' : 'month/day';
  const notes = [`Date ${m[0]} is ambiguous; read as ${reading}`];
  return dayFirst ? { day: a, month: b, notes } : { month: a, day: b, notes };
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function partsFromChrono(result: ParsedResult): DateParts | null {
  const c = result.start;
  const known = (k: Component): number | null => (c.isCertain(k) ? c.get(k) : null);
  const text = result.text.trim();
  const parts: DateParts = {
    year: known('year'),
    month: known('month'),
    day: known('day'),
    hour: known('hour'),
    minute: known('hour') === null ? null : (known('minute') ?? 0),
    second: known('second') ?? 0,
    tz: known('timezoneOffset'),
    index: result.index,
    end: result.index + result.text.length,
    notes: [],
  };
  const numeric = numericParts(text);
  if (numeric) Object.assign(parts, numeric);
  if (parts.year !== null && parts.month !== null && parts.day !== null) {
    if (!isValidDay(parts.year, parts.month, parts.day)) return null;
  }
  return parts;
}

export function precisionOf(p: DateParts): DatePrecision {
  if (p.hour !== null && p.day !== null) return 'minute';
  if (p.day !== null) return 'day';
  if (p.month !== null) return 'month';
  return 'year';
}

export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** A year stated in digits: relative expressions ("today", "2 hours ago") cannot date an article. */
export function statesYear(p: DateParts, text: string): boolean {
  return p.year !== null && /(?:^|\D)\d{4}(?:\D|$)/.test(text);
}

export function isTimeOnly(p: DateParts): boolean {
  return p.hour !== null && p.day === null && p.month === null;
}

export function agrees(a: DateParts, b: DateParts): boolean {
  if (a.year !== b.year) return false;
  if (a.month !== null && b.month !== null && a.month !== b.month) return false;
  return a.day === null || b.day === null || a.day === b.day;
}

export function toIso(p: DateParts, precision: DatePrecision): string {
  const year = p.year ?? 1970;
  const month = (p.month ?? 1) - 1;
  const day = p.day ?? 1;
  const ms =
    precision === 'minute'
      ? Date.UTC(year, month, day, p.hour ?? 0, p.minute ?? 0, p.second) - (p.tz ?? 0) * 60_000
      : Date.UTC(year, month, day);
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
