import type { Token } from './token';

// Abbreviations that end with a full stop without ending the sentence ("Gen. Bakirov", "No. 5").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'adm', 'sgt', 'cmdr', 'rep',
  'sen', 'gov', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'pp', 'vs', 'etc', 'approx', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'dept',
]);

const TERMINAL = /[.!?…。]["'”’»)\]]*\s/u;
const NEWLINE = /[\n\r\u2028\u2029]/u;

/**
 * Whether a sentence ends between `before` and the next token, given the gap text between them.
 * Initials ("J. Smith") and known abbreviations keep the sentence going.
 */
export function endsSentence(before: Token, beforeText: string, gap: string): boolean {
  if (NEWLINE.test(gap)) return true;
  if (!TERMINAL.test(gap)) return false;
  if (gap.startsWith('.') && !before.possessive) {
    if (beforeText.length === 1 && before.capitalised) return false;
    if (ABBREVIATIONS.has(before.key)) return false;
  }
  return true;
}
