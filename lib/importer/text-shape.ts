// Shape tests shared by the header and body passes. Thresholds are about prose in general, not
// about any one outlet: a body paragraph is long or made of several sentences.

const CLOSERS = `"'”’»)\\]`;
const TERMINAL = new RegExp(`[.!?…:;,][${CLOSERS}]*$`, 'u');
// Initialisms such as "U.S." or "U.K." end with a period without ending a sentence.
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const SENTENCE_END = new RegExp(`[.!?…][${CLOSERS}]*\\s+(?=[\\p{Lu}\\p{N}"“‘'(])`, 'gu');

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function sentenceCount(text: string): number {
  const inner = text.match(SENTENCE_END)?.length ?? 0;
  return inner + (/[.!?…]["'”’»)\]]*$/u.test(text) ? 1 : 0);
}

/** Long running text: the first such line ends the header. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 25 || (words >= 15 && sentenceCount(text) >= 2);
}

/** Ends like a sentence or a clause (period, colon, comma...), quotes and brackets aside. */
export function hasTerminalPunctuation(text: string): boolean {
  return TERMINAL.test(text);
}

/** Ends with a full stop that closes a sentence (not an initialism like "U.S."). */
export function endsWithSentenceStop(text: string): boolean {
  const t = text.replace(new RegExp(`[${CLOSERS}]+$`, 'u'), '');
  if (!/[.…]$/u.test(t) || /\.\.\.$|…$/u.test(t)) return false;
  return !INITIALISM_END.test(t);
}

/** Comparison key for spotting the same line written twice (any case, straight or curly quotes). */
export function lineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/u, '');
}

/** Higher for properly cased text: all-lowercase and all-uppercase copies are page furniture. */
export function caseScore(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 0;
  if (letters === letters.toLowerCase()) return 0;
  if (letters === letters.toUpperCase()) return 0.5;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return 1 + capitalised / Math.max(words.length, 1);
}

/** A headline: a short line that does not read as a sentence of running text. */
export function looksLikeTitle(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 30) return false;
  // Length alone does not make prose of a headline: long ones have no closing stop.
  if (isProse(text) && (hasTerminalPunctuation(text) || sentenceCount(text) >= 2)) return false;
  if (!/[\p{L}]/u.test(text)) return false;
  return !endsWithSentenceStop(text) && !/[,;:]$/u.test(text);
}
