import type { Candidate } from '../types';
import { EXERCISE_AFTER, EXERCISE_CUES } from './lists';
import { candidate, isFree, keyAt, take, type Scan } from './scan';

const QUOTED = /[“"«„]([^“”"«»„\r\n]{2,80})[”"»“]/gu;
const MAX_WORDS = 8;
const CUE_DISTANCE = 4;
// "dubbed Birlestik (Unity)", "codenamed Steppe Eagle".
const NAMING_VERBS = new Set(['dubbed', 'codenamed', 'named', 'called']);

/**
 * Exercises are named in quotation marks ("under the banner “Together for a Safe and Secure
 * Caspian Sea”", "“Kanzhar” drills") or after a naming verb ("the exercise, dubbed Birlestik").
 */
export function quotedNames(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  for (const match of scan.text.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    if (!/^\p{Lu}/u.test(inner)) continue;
    const start = match.index + 1;
    const end = start + inner.length;
    const from = scan.tokens.findIndex((token) => token.start >= start);
    let to = from;
    while (to + 1 < scan.tokens.length && (scan.tokens[to + 1]?.end ?? Infinity) <= end) to++;
    if (from < 0 || to - from + 1 > MAX_WORDS || !isFree(scan, from, to)) continue;
    const cue = cueBefore(scan, from) ?? (EXERCISE_AFTER.has(keyAt(scan, to + 1)) ? keyAt(scan, to + 1) : null);
    if (!cue) {
      // A quoted headline or title of a work ("European Pipeline Project Faces Formidable Obstacles").
      if (to - from >= 3) take(scan, from, to);
      continue;
    }
    const proposal = candidate(scan, from, to, 'quoted-name', [{ type: 'exercise', weight: 4, reason: `in quotation marks, with “${cue}”` }]);
    if (proposal) found.push(proposal);
    take(scan, from, to);
  }
  found.push(...namedAfterVerb(scan));
  return found;
}

function cueBefore(scan: Scan, from: number): string | null {
  const sentence = scan.tokens[from]?.sentence;
  for (let i = from - 1; i >= 0 && i >= from - CUE_DISTANCE; i--) {
    if (scan.tokens[i]?.sentence !== sentence) return null;
    if (EXERCISE_CUES.has(keyAt(scan, i))) return keyAt(scan, i);
  }
  return null;
}

function namedAfterVerb(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < scan.tokens.length; i++) {
    if (!NAMING_VERBS.has(keyAt(scan, i)) || !exerciseInSentence(scan, i)) continue;
    const from = i + 1;
    let to = from - 1;
    while (scan.tokens[to + 1]?.capitalised && scan.tokens[to + 1]?.sentence === scan.tokens[i]?.sentence && to - from < MAX_WORDS) to++;
    if (to < from || !isFree(scan, from, to)) continue;
    const skip = scan.tokens[to]?.skipTo ?? -1;
    const proposal = candidate(scan, from, to, 'quoted-name', [{ type: 'exercise', weight: 4, reason: `after “${keyAt(scan, i)}”, of an exercise` }]);
    if (proposal) found.push(proposal);
    take(scan, from, skip > to ? skip - 1 : to);
  }
  return found;
}

function exerciseInSentence(scan: Scan, i: number): boolean {
  const sentence = scan.tokens[i]?.sentence;
  for (let j = Math.max(0, i - 8); j <= i + 8 && j < scan.tokens.length; j++) {
    if (scan.tokens[j]?.sentence === sentence && EXERCISE_AFTER.has(keyAt(scan, j))) return true;
  }
  return false;
}
