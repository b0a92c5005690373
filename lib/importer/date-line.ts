import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import {
  PRECISION_RANK,
  agrees,
  isTimeOnly,
  partsFromChrono,
  precisionOf,
  statesYear,
  toIso,
  type DateParts,
} from './date-parts';
import type { ParsedDate } from './types';

export type DateRole = 'published' | 'updated' | 'plain';

export interface DateLine {
  role: DateRole;
  /** null when the line is a date but states no year, which cannot date an article. */
  date: ParsedDate | null;
  text: string;
  notes: string[];
}

const LABELS = [
  'first published', 'published', 'posted', 'last updated', 'last update', 'updated', 'last modified', 'modified', 'dated', 'date',
  'дата публикации', 'опубликовано', 'обновлено', 'дата',
];
const PREFIX = new RegExp(
  String.raw`^(${LABELS.map((l) => l.replace(' ', String.raw`\s+`)).join('|')})(?![\p{L}])\.?(?:\s+(?:on|at))?\s*[:\-–—]?\s*`,
  'iu',
);
const FILLER = new Set(['at', 'on', 'of', 'the', 'and', 'in', 'h', 'hrs']);
const BARE_YEAR = /^(19\d\d|20\d\d|2100)$/;
// A fixed reference keeps parsing deterministic; results relying on it are rejected by statesYear.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const MAX_DATE_LINE = 120;

// "Sunday, 24, November, 2024": commas chrono does not expect between the parts of a date.
const COMMA_DATE = /^(?:\p{L}+,\s*)?(\d{1,2}),\s*(\p{L}{3,}),\s*((?:19|20)\d\d)$/u;

function roleOf(prefix: string | undefined): DateRole {
  if (!prefix) return 'plain';
  if (/update|modified|обновлено/iu.test(prefix)) return 'updated';
  return /published|posted|опубликовано/iu.test(prefix) ? 'published' : 'plain';
}

/**
 * A date line is mostly date: what chrono did not consume is at most a couple of short words, or,
 * when the line opens with the date, a short trailer ("February 2, 2010 05:37 PM Age: 14 years").
 */
function isMostlyDate(rest: string, spans: Array<[number, number]>): boolean {
  let outside = '';
  for (let i = 0; i < rest.length; i++) {
    outside += spans.some(([a, b]) => i >= a && i < b) ? ' ' : rest[i];
  }
  const words = outside.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FILLER.has(w.toLowerCase()));
  const residue = words.join('').length;
  const total = rest.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (words.length <= 2 && residue * 3 <= total) return true;
  // A separator starts another field ("| 4 min read"), which the header reads on its own.
  const opensWithDate = /^[^\p{L}\p{N}]*$/u.test(rest.slice(0, spans[0]?.[0] ?? 0));
  return opensWithDate && !/[|•·]/u.test(outside) && words.length <= 3 && residue * 2 <= total;
}

function combine(found: DateParts[], rest: string): { date: ParsedDate; notes: string[] } | null {
  const dated = found.filter((p) => statesYear(p, rest.slice(p.index, p.end)));
  const first = dated[0];
  if (!first) return null;
  let best = first;
  for (const p of dated) if (PRECISION_RANK[precisionOf(p)] > PRECISION_RANK[precisionOf(best)]) best = p;
  const notes = [...best.notes];
  const used = [...dated];
  for (const p of dated) {
    if (p === best || agrees(p, best)) continue;
    const mine = rest.slice(p.index, p.end).trim();
    const theirs = rest.slice(best.index, best.end).trim();
    notes.push(`Date line gives conflicting dates "${mine}" and "${theirs}"; used the more precise "${theirs}"`);
  }
  const merged: DateParts = { ...best };
  const time = found.find(isTimeOnly);
  if (merged.hour === null && merged.day !== null && time) {
    Object.assign(merged, { hour: time.hour, minute: time.minute, second: time.second });
    merged.tz ??= time.tz;
    used.push(time);
  }
  merged.tz ??= used.find((p) => p.tz !== null && agrees(p, merged))?.tz ?? null;
  const precision = precisionOf(merged);
  const start = Math.min(...used.map((p) => p.index));
  const end = Math.max(...used.map((p) => p.end));
  const text = rest.slice(start, end).trim();
  if (precision === 'minute' && merged.tz === null) {
    notes.push(`No time zone stated with "${text}"; time read as UTC`);
  }
  const tzOffsetMinutes = merged.tz;
  return { date: { iso: toIso(merged, precision), precision, tzOffsetMinutes, text }, notes };
}

/**
 * Reads a line that is a date, optionally labelled ("Published", "Updated", "date"). Returns null
 * when the line is anything else, such as a sentence that merely contains a date.
 */
export function readDateLine(line: string, opts: { requireLabel?: boolean } = {}): DateLine | null {
  if (line.length > MAX_DATE_LINE) return null;
  const prefix = PREFIX.exec(line);
  if (opts.requireLabel && !prefix) return null;
  const role = roleOf(prefix?.[1]);
  const rest = prefix ? line.slice(prefix[0].length) : line;
  const year = BARE_YEAR.exec(rest.trim())?.[1];
  if (year) {
    const date: ParsedDate = { iso: `${year}-01-01T00:00:00Z`, precision: 'year', tzOffsetMinutes: null, text: year };
    return { role, date, text: year, notes: [] };
  }
  // Pages from the region are often in Russian ("8 апреля 2024 20:25"): keep the reading that
  // accounts for more of the line.
  const covered = (rs: ParsedResult[]): number => rs.reduce((n, r) => n + r.text.length, 0);
  if (COMMA_DATE.test(rest)) return readDateLine(rest.replace(COMMA_DATE, '$1 $2 $3'));
  const english = chrono.casual.parse(rest, REFERENCE, { forwardDate: false });
  const russian = /\p{Script=Cyrillic}/u.test(rest) ? chrono.ru.casual.parse(rest, REFERENCE, { forwardDate: false }) : [];
  const results = covered(russian) > covered(english) ? russian : english;
  if (results.length === 0) return null;
  const spans = results.map((r): [number, number] => [r.index, r.index + r.text.length]);
  if (!isMostlyDate(rest, spans)) return null;
  const found = results.map(partsFromChrono).filter((p): p is DateParts => p !== null);
  const combined = combine(found, rest);
  if (!combined) {
    const text = rest.trim();
    return { role, date: null, text, notes: [`Date "${text}" states no year; not used`] };
  }
  return { role, date: combined.date, text: combined.date.text, notes: combined.notes };
}
