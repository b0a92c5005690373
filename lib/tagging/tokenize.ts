import { normalizeToken } from './normalize';
import { endsSentence } from './sentences';
import type { Token } from './token';

// Letters (with their combining marks) or digits; letter↔digit changes split words so that
// "Birlestik2024" and "Birlestik-2024" agree. ʻ and ʼ are letters to Unicode but apostrophes in
// Uzbek and Azerbaijani Latin ("Oʻzbekiston"), so they split like ' does.
const WORD = /(?:[^\P{L}ʻʼ]\p{M}*)+|\p{N}+/gu;
const APOSTROPHE = /^['’ʼ‘`´′]$/u;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
const OPEN = /[([]/;
const CLOSE = /[)\]]/;
// A parenthesis longer than this is an aside, not part of a name such as "Бірлестік (Unity) - 2024".
const MAX_SKIPPED = 4;

interface Raw {
  start: number;
  end: number;
  text: string;
}

/** Splits text into comparable words, keeping offsets into the original text. */
export function tokenize(text: string): Token[] {
  const raws = mergeInitialisms(text, readWords(text));
  const tokens: Token[] = [];
  for (const raw of raws) {
    const previous = tokens[tokens.length - 1];
    if (previous && isPossessive(text, previous, raw)) {
      previous.possessive = true;
      previous.after = raw.end;
      continue;
    }
    tokens.push(makeToken(raw));
  }
  markSentences(text, tokens);
  markParentheses(text, tokens);
  return tokens;
}

function readWords(text: string): Raw[] {
  const raws: Raw[] = [];
  for (const match of text.matchAll(WORD)) {
    raws.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return raws;
}

// "U.S." and "U.S.A." are one word, so that they can match the gazetteer name "US".
function mergeInitialisms(text: string, raws: Raw[]): Raw[] {
  const out: Raw[] = [];
  let i = 0;
  while (i < raws.length) {
    let last = i;
    while (continuesInitialism(text, raws[last], raws[last + 1])) last++;
    const first = raws[i];
    const end = raws[last];
    if (first && end && last > i) {
      const letters = raws.slice(i, last + 1).map((raw) => raw.text).join('');
      out.push({ start: first.start, end: end.end + 1, text: letters });
    } else if (first) {
      out.push(first);
    }
    i = last + 1;
  }
  return out;
}

function continuesInitialism(text: string, current: Raw | undefined, next: Raw | undefined): boolean {
  return isInitial(text, current) && isInitial(text, next) && next !== undefined && current !== undefined && next.start === current.end + 1;
}

function isInitial(text: string, raw: Raw | undefined): boolean {
  return raw !== undefined && raw.end - raw.start === 1 && text[raw.end] === '.' && /\p{L}/u.test(raw.text);
}

function isPossessive(text: string, previous: Token, raw: Raw): boolean {
  return (
    (raw.text === 's' || raw.text === 'S') &&
    raw.start === previous.end + 1 &&
    APOSTROPHE.test(text.charAt(previous.end))
  );
}

function makeToken(raw: Raw): Token {
  const letters = raw.text;
  const upper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return {
    start: raw.start,
    end: raw.end,
    key: normalizeToken(letters),
    after: raw.end,
    possessive: false,
    acronym: upper && letters.length >= 2 && letters.length <= 3,
    capitalised: UPPER.test(letters),
    sentence: 0,
    skipTo: -1,
  };
}

function markSentences(text: string, tokens: Token[]): void {
  let sentence = 0;
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1];
    const token = tokens[i];
    if (!before || !token) continue;
    if (endsSentence(before, text.slice(before.start, before.end), text.slice(before.after, token.start))) sentence++;
    token.sentence = sentence;
  }
}

function markParentheses(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    const before = tokens[i - 1];
    if (!token || !before || !OPEN.test(text.slice(before.after, token.start))) continue;
    for (let j = i + 1; j <= i + MAX_SKIPPED && j < tokens.length; j++) {
      const inner = tokens[j - 1];
      const next = tokens[j];
      if (!inner || !next) break;
      const gap = text.slice(inner.after, next.start);
      if (CLOSE.test(gap)) {
        if (!OPEN.test(gap) && tokens[j - 1]?.sentence === token.sentence) token.skipTo = j;
        break;
      }
      if (OPEN.test(gap)) break;
    }
  }
}
