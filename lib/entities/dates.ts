import type { DatePrecision } from '@/lib/generated/prisma/enums';

/** Parses '2023', '2023-10' or '2023-10-02' into a UTC date and its precision. */
export function parsePartialDate(value: string): { date: Date; precision: DatePrecision } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`Not a date to a known precision: "${value}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  return { date, precision: d ? 'DAY' : mo ? 'MONTH' : 'YEAR' };
}
