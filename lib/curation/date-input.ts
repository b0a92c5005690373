import type { PublishedDate } from '@/lib/formats/text/published-date';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { failure, ok, type Result } from '@/lib/platform/result';

/** A publication date as an editor typed it, reduced to what the article stores. */
export interface EditorDate {
  publishedAt: Date;
  precision: DatePrecision;
  /** Only with a time of day: the offset of the time as written (UTC+03:00 → 180). */
  tzOffsetMinutes: number | null;
}

/** The date, or the failure with its message on the field it is about (publishedDate or tzOffset). */
export type DateParse = Result<EditorDate | null>;

const wrong = (field: 'publishedDate' | 'tzOffset', message: string) => failure(message, { code: 'invalid', field });

const SHAPE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?)?)?$/;
const OFFSET = /^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const MAX_OFFSET = 14 * 60;

/**
 * The precision is the one the editor wrote: "2024" (year), "2024-04" (month), "2024-04-27" (day)
 * or "2024-04-27 17:44" (minute, in the optional UTC offset). Dates without a time are stored at
 * midnight UTC, as the importer stores them, so that they never shift to the previous day.
 */
export function parseEditorDate(dateText: string, offsetText: string): DateParse {
  const text = dateText.trim();
  const offsetInput = offsetText.trim();
  if (!text) {
    return offsetInput ? wrong('tzOffset', 'An offset needs a date and time.') : ok(null);
  }
  const m = SHAPE.exec(text);
  if (!m) return wrong('publishedDate', 'Write the date as 2024, 2024-04, 2024-04-27 or 2024-04-27 17:44.');
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  if (year < 1900 || year > 2100) return wrong('publishedDate', 'The year must be between 1900 and 2100.');
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day || hour > 23 || minute > 59) {
    return wrong('publishedDate', 'That date does not exist.');
  }
  const precision: DatePrecision = h !== undefined ? 'MINUTE' : d !== undefined ? 'DAY' : mo !== undefined ? 'MONTH' : 'YEAR';
  if (precision !== 'MINUTE') {
    return offsetInput
      ? wrong('tzOffset', 'An offset applies only to a date with a time of day.')
      : ok({ publishedAt: local, precision, tzOffsetMinutes: null });
  }
  const offset = parseOffset(offsetInput);
  if (offset === undefined) return wrong('tzOffset', 'Write the offset as +03:00 or −04:00 (at most 14 hours).');
  return ok({ publishedAt: new Date(local.getTime() - (offset ?? 0) * 60_000), precision, tzOffsetMinutes: offset });
}

/** null: no offset given (the time is read as UTC); undefined: not an offset. */
export function parseOffset(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  if (/^(?:UTC|GMT|Z)$/i.test(t)) return 0;
  const m = OFFSET.exec(t);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > MAX_OFFSET || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '+' ? minutes : -minutes;
}

/** The form's text for a stored date, so that saving it unchanged changes nothing. */
export function formatEditorDate(date: PublishedDate | null): { publishedDate: string; tzOffset: string } {
  if (!date) return { publishedDate: '', tzOffset: '' };
  const offset = date.precision === 'MINUTE' ? (date.tzOffsetMinutes ?? 0) : 0;
  const iso = new Date(new Date(date.iso).getTime() + offset * 60_000).toISOString();
  const text =
    date.precision === 'YEAR' ? iso.slice(0, 4) : date.precision === 'MONTH' ? iso.slice(0, 7) : date.precision === 'DAY' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  return { publishedDate: text, tzOffset: date.precision === 'MINUTE' && date.tzOffsetMinutes !== null ? formatOffsetInput(date.tzOffsetMinutes) : '' };
}

function formatOffsetInput(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
