import type { Candidate } from '../types';
import { FUNCTION_WORDS, TIME_WORDS } from './words';
import { candidate, gapAt, isFree, keyAt, take, type Scan } from './scan';

const YEAR = /^(?:19|20)\d{2}$/;
// Between a name and its year: nothing, spaces, or a hyphen or dash ("Khazri-2023", "Unity – 2024").
const TO_YEAR = /^[^\S\r\n]*[-‐‑–—]?[^\S\r\n]*$/u;
// After a parenthesis: "Бірлестік (Unity) - 2024".
const PAREN_TO_YEAR = /^[)\]][^\S\r\n]*[-‐‑–—]?[^\S\r\n]*$/u;
const IN_NAME = /^(?:[^\S\r\n]+|[-‐‑])$/u;
const MAX_NAME_TOKENS = 4;

/** Capitalised words joined to a year, the way exercises are named: "Kanzhar-2023", "Steppe Eagle 2024". */
export function exerciseNames(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = scan;
  for (let year = 1; year < tokens.length; year++) {
    if (!YEAR.test(keyAt(scan, year))) continue;
    const nameEnd = nameEndBefore(scan, year);
    if (nameEnd < 0 || TIME_WORDS.has(keyAt(scan, nameEnd))) continue;
    let from = nameStart(scan, nameEnd, year);
    while (from <= nameEnd && FUNCTION_WORDS.has(keyAt(scan, from))) from++;
    if (from > nameEnd || !isFree(scan, from, year)) continue;
    const proposal = candidate(scan, from, year, 'exercise-name', [{ type: 'exercise', weight: 4, reason: 'capitalised words joined to a year' }]);
    if (proposal) found.push(proposal);
    take(scan, from, year);
  }
  return found;
}

/** Index of the last name word before the year, or -1 when the year stands on its own. */
function nameEndBefore(scan: Scan, year: number): number {
  const gap = gapAt(scan, year);
  if (TO_YEAR.test(gap)) return year - 1;
  if (!PAREN_TO_YEAR.test(gap)) return -1;
  for (let open = year - 1; open > 0 && open >= year - 4; open--) {
    if (scan.tokens[open]?.skipTo === year) return open - 1;
  }
  return -1;
}

function nameStart(scan: Scan, nameEnd: number, year: number): number {
  const sentence = scan.tokens[year]?.sentence;
  let from = nameEnd + 1;
  for (let i = nameEnd; i >= 0 && nameEnd - i < MAX_NAME_TOKENS; i--) {
    const token = scan.tokens[i];
    if (!token || !token.capitalised || token.possessive || token.sentence !== sentence) break;
    if (/^\d/.test(token.key)) break;
    if (i < nameEnd && !IN_NAME.test(gapAt(scan, i + 1))) break;
    from = i;
  }
  return from;
}
