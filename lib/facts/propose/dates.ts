import type { ProposedPrecision } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
// Capitalised only, so that the verb "may" is never a month.
const M = String.raw`(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const D = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const Y = String.raw`(?:19|20)\d\d`;
const TO = String.raw`\s*(?:-|–|—|to|till|until|through|thru|and)\s*`;

function month(word: string): number {
  const clean = word.replace('.', '');
  const full = MONTHS.indexOf(clean);
  return full >= 0 ? full + 1 : (SHORT[clean] ?? 0);
}

const g = (name: string, body: string) => `(?<${name}>${body})`;

// Each form names its parts; absent parts are taken from the other end of the range.
const FORMS: { precision: ProposedPrecision; pattern: RegExp }[] = [
  // from 8 to 17 July 2024 / 8-17 July / from 28 June to 2 July
  { precision: 'day', pattern: new RegExp(String.raw`(?:\b(?:from|between)\s+)?\b${g('d1', D)}(?:\s+${g('m1', M)})?(?:,?\s+${g('y1', Y)})?${TO}${g('d2', D)}\s+${g('m2', M)}(?:,?\s+${g('y2', Y)})?`, 'g') },
  // from July 8 to 17 / July 8-17, 2024 / from July 28 to August 2
  { precision: 'day', pattern: new RegExp(String.raw`(?:\b(?:from|between)\s+)?\b${g('m1', M)}\s+${g('d1', D)}(?:,?\s+${g('y1', Y)})?${TO}(?:${g('m2', M)}\s+)?${g('d2', D)}\b(?:,?\s+${g('y2', Y)})?`, 'g') },
  // from July to August 2024
  { precision: 'month', pattern: new RegExp(String.raw`\b(?:from|between)\s+${g('m1', M)}(?:\s+${g('y1', Y)})?${TO}${g('m2', M)}(?:\s+${g('y2', Y)})?`, 'g') },
  // on 8 July 2024 / 8 July
  { precision: 'day', pattern: new RegExp(String.raw`\b${g('d1', D)}\s+${g('m1', M)}(?:,?\s+${g('y1', Y)})?`, 'g') },
  // on July 8, 2024 / July 8
  { precision: 'day', pattern: new RegExp(String.raw`\b${g('m1', M)}\s+${g('d1', D)}\b(?:,?\s+${g('y1', Y)})?`, 'g') },
  // in October / in early October 2023 / October 2023
  {
    precision: 'month',
    pattern: new RegExp(String.raw`(?:\b(?:in|during|throughout|for|since|by)\s+(?:(?:early|mid|late|the\s+(?:beginning|end|middle)\s+of)[\s-]+)?${g('m1', M)}(?:\s+(?:of\s+)?${g('y1', Y)})?|\b${g('m0', M)}\s+${g('y0', Y)})`, 'g'),
  },
];

export interface FoundDate {
  start: number;
  end: number;
  from: string;
  to: string | null;
  precision: ProposedPrecision;
}

const ANY_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, m: number, d: number | null): string {
  return d === null ? `${year}-${pad(m)}` : `${year}-${pad(m)}-${pad(d)}`;
}

function valid(year: number, m: number, d: number | null): boolean {
  if (m < 1 || m > 12) return false;
  if (d === null) return true;
  return d >= 1 && d <= new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** Words that date the report, not the exercise ("said on July 8"). */
const REPORTING = /\b(?:said|says|announced|reported|stated|told|published|wrote|noted|added|declared|according\s+to\s+\S+)\s+(?:on\s+|in\s+|this\s+|last\s+)?$/i;

/** A dateline dates the report: "KHUJAND, April 26, 2010, Asia-Plus", "BEIJING, Sept. 16 (Xinhua)". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s*$/u;

/** An end, or a stage's start, is not when the exercise began: "which end on July 18", "the active phase … on October 17". */
const NOT_A_START = /(?:\b(?:end|ends|ended|ending|close|closes|closed|closing|conclude|concludes|concluded|finish|finishes|finished|until|till)\s+(?:on\s+|in\s+)?$|\b(?:phase|stage)\b[^.;]*$)/i;

/**
 * The dates a sentence states, in text order, overlapping forms resolved by the first that
 * matches. A year the text leaves out comes from `knownYear` (the article's own date) or the
 * date is left out: nothing is guessed.
 */
export function findDates(text: string, from: number, to: number, knownYear: number | null): FoundDate[] {
  const found: FoundDate[] = [];
  const slice = text.slice(from, to);
  if (!ANY_MONTH.test(slice)) return found;
  for (const { precision, pattern } of FORMS) {
    for (const match of slice.matchAll(pattern)) {
      const start = from + match.index + (match[0].length - match[0].trimStart().length);
      const end = from + match.index + match[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (REPORTING.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (DATELINE.test(text.slice(0, start)) || NOT_A_START.test(text.slice(Math.max(from, start - 60), start))) continue;
      const gr = match.groups ?? {};
      const m1 = month(gr.m1 ?? gr.m0 ?? gr.m2 ?? '');
      const m2 = gr.m2 ? month(gr.m2) : m1;
      const y2 = gr.y2 ? Number(gr.y2) : gr.y1 ? Number(gr.y1) : gr.y0 ? Number(gr.y0) : knownYear;
      const y1 = gr.y1 ? Number(gr.y1) : gr.y0 ? Number(gr.y0) : y2;
      if (y1 === null || y2 === null) continue;
      const d1 = gr.d1 ? parseInt(gr.d1, 10) : null;
      const d2 = gr.d2 ? parseInt(gr.d2, 10) : null;
      if (!valid(y1, m1, d1) || !valid(y2, m2, d2)) continue;
      const ranged = gr.m2 !== undefined || gr.d2 !== undefined;
      const first = iso(y1, m1, d1);
      const last = ranged ? iso(y2, m2, d2) : null;
      if (last !== null && last < first) continue;
      found.push({ start, end, from: first, to: last, precision: d1 === null ? 'month' : precision });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
