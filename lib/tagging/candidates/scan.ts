import type { EntityType } from '@/lib/entities/types';
import type { Gazetteer } from '../gazetteer';
import type { Token } from '../token';
import type { Candidate, CandidateEvidence } from '../types';

/** One paragraph as the candidate rules see it. */
export interface Scan {
  paragraphId: number;
  text: string;
  tokens: readonly Token[];
  /** 1 on tokens inside a known mention (or a name the gazetteer knows but could not resolve). */
  known: Uint8Array;
  /** 1 on tokens an earlier candidate rule has used, titles included. */
  taken: Uint8Array;
  /** On tokens inside a known mention: the type of its entity. */
  knownTypes: ReadonlyArray<EntityType | null>;
  gazetteer: Gazetteer;
}

const SPACES = /^[^\S\r\n]+$/u;
const HYPHEN = /^[-‐‑]$/u;

/** The text between token i-1 and token i. */
export function gapAt(scan: Scan, i: number): string {
  const previous = scan.tokens[i - 1];
  const token = scan.tokens[i];
  if (!token) return '';
  return scan.text.slice(previous ? previous.after : 0, token.start);
}

/** Tokens i-1 and i are separated only by spaces (no punctuation, no line break). */
export function spacedOnly(scan: Scan, i: number): boolean {
  return SPACES.test(gapAt(scan, i));
}

/** Last token of the hyphenated word starting at i ("Trans-Caspian", "Kassym-Jomart"). */
export function wordEnd(scan: Scan, i: number): number {
  let end = i;
  while (end + 1 < scan.tokens.length && !scan.tokens[end]?.possessive && HYPHEN.test(gapAt(scan, end + 1))) end++;
  return end;
}

/** First token of the hyphenated word ending at i. */
export function wordStart(scan: Scan, i: number): number {
  let start = i;
  while (start > 0 && !scan.tokens[start - 1]?.possessive && HYPHEN.test(gapAt(scan, start))) start--;
  return start;
}

export function opensSentence(scan: Scan, i: number): boolean {
  const previous = scan.tokens[i - 1];
  return !previous || previous.sentence !== scan.tokens[i]?.sentence;
}

/** No token from `from` to `to` (inclusive) is known or taken. */
export function isFree(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (scan.known[i] || scan.taken[i]) return false;
  return true;
}

export function take(scan: Scan, from: number, to: number): void {
  scan.taken.fill(1, from, to + 1);
}

/** A proposal for tokens `from`..`to`; `name` differs from the surface for resolved institutions. */
export function candidate(
  scan: Scan,
  from: number,
  to: number,
  kind: Candidate['kind'],
  evidence: CandidateEvidence[],
  name?: string,
): Candidate | null {
  const first = scan.tokens[from];
  const last = scan.tokens[to];
  if (!first || !last) return null;
  const surface = scan.text.slice(first.start, last.end);
  const sorted = [...evidence].sort((a, b) => b.weight - a.weight);
  return {
    paragraphId: scan.paragraphId,
    start: first.start,
    end: last.end,
    surface,
    kind,
    name: name ?? surface,
    suggestedType: decideType(sorted),
    evidence: sorted,
  };
}

/** The type with the most evidence; on a tie, the one with the strongest single reason. */
export function decideType(evidence: readonly CandidateEvidence[]): EntityType {
  const totals = new Map<EntityType, number>();
  for (const e of evidence) totals.set(e.type, (totals.get(e.type) ?? 0) + e.weight);
  let best: EntityType = 'organization';
  let bestTotal = -1;
  // Evidence is sorted strongest first, so the first type to reach a total wins ties.
  for (const e of evidence) {
    const total = totals.get(e.type) ?? 0;
    if (total > bestTotal) {
      best = e.type;
      bestTotal = total;
    }
  }
  return best;
}

/** Text of token i as written, without a possessive "'s". */
export function wordAt(scan: Scan, i: number): string {
  const token = scan.tokens[i];
  return token ? scan.text.slice(token.start, token.end) : '';
}

export function keyAt(scan: Scan, i: number): string {
  return scan.tokens[i]?.key ?? '';
}
