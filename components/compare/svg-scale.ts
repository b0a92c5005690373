import type { PartialDate } from '@/lib/entities/dto';

/** An axis-aligned box in SVG units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A server cannot measure text, so label boxes are estimated: the average advance of a system
 * sans-serif is about 0.55 em; 0.6 errs on the wide side so estimated boxes do not undershoot.
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Greedy interval packing: each span, taken in order of its start, goes to the lowest row whose
 * last span ended at least `gap` before it. Returns the row of each span, in the input order.
 */
export function assignRows(spans: { start: number; end: number }[], gap = 6): number[] {
  const order = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  for (const s of order) {
    let row = rowEnds.findIndex((end) => end + gap <= s.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = s.end;
    rows[s.i] = row;
  }
  return rows;
}

/**
 * The middle of the period a partial date names (mid-year for a bare year, mid-month for a month),
 * so an exercise known only by its year is not drawn as if it began on 1 January.
 */
export function partialDateTime({ iso, precision }: PartialDate): number {
  const d = new Date(iso);
  if (precision === 'YEAR') return Date.UTC(d.getUTCFullYear(), 6, 2);
  if (precision === 'MONTH') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 15);
  return d.getTime();
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A coordinate to a tenth of a unit: finer is invisible, and /compare draws thousands of them. */
export function svgNumber(n: number): number {
  return Math.round(n * 10) / 10;
}
