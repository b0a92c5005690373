// Words after which a full stop does not end a sentence ("Gen. Bakirov", "Oct. 8", "U.S. troops").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'adm', 'sgt', 'cmdr', 'rep', 'sen',
  'gov', 'st', 'jr', 'sr', 'no', 'vol', 'vs', 'etc', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'e.g', 'i.e',
]);

const BOUNDARY = /[.!?…]["'”’»)\]]*\s+/gu;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentence ranges of a paragraph, by offset; whitespace between sentences belongs to none. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index;
    const raw = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, at - 12), at))?.[1] ?? '';
    const word = raw.toLowerCase();
    const next = text[at + match[0].length] ?? '';
    // An initial ("J. Smith") or an abbreviation keeps going; so does a lower-case continuation.
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(raw))) continue;
    if (/\p{Ll}/u.test(next)) continue;
    const end = at + match[0].trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = at + match[0].length;
  }
  if (start < text.trimEnd().length) sentences.push({ start, end: text.trimEnd().length, text: text.slice(start, text.trimEnd().length) });
  return sentences;
}
