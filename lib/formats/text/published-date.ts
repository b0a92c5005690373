import type { DatePrecision } from '@/lib/generated/prisma/enums';

export interface PublishedDate {
  iso: string;
  precision: DatePrecision;
  tzOffsetMinutes: number | null;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Formats a date to the precision the source gave, in the source's own time zone where it named
 * one: "17 October 2023", "April 2024", "27 April 2024, 17:44 (UTC−04:00)". Never adds precision
 * the source did not have, and does not depend on the server's time zone.
 */
export function formatPublishedDate({ iso, precision, tzOffsetMinutes }: PublishedDate): string {
  const offset = precision === 'MINUTE' ? (tzOffsetMinutes ?? 0) : 0;
  const local = new Date(new Date(iso).getTime() + offset * 60_000);
  const year = local.getUTCFullYear();
  const month = MONTHS[local.getUTCMonth()] ?? '';
  if (precision === 'YEAR') return String(year);
  if (precision === 'MONTH') return `${month} ${year}`;
  const day = `${local.getUTCDate()} ${month} ${year}`;
  if (precision === 'DAY') return day;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return `${day}, ${time} (${formatOffset(tzOffsetMinutes)})`;
}

export function formatOffset(minutes: number | null): string {
  if (minutes === null) return 'UTC';
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A machine-readable value for <time dateTime>, to the same precision. */
export function machineDate({ iso, precision }: PublishedDate): string {
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return iso.slice(0, 7);
  if (precision === 'DAY') return iso.slice(0, 10);
  return iso;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
