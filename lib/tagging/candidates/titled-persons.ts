import type { Candidate } from '../types';
import { FUNCTION_WORDS, JOINERS, NOT_PERSON_WORDS, TITLE_HEADS, TITLE_WORDS, typeFromHeadWord } from './words';
import { NAME_PARTICLES } from './lists';
import { candidate, gapAt, isFree, keyAt, spacedOnly, take, wordEnd, type Scan } from './scan';

interface Word {
  from: number;
  to: number;
}

const TITLE_GAP = /^(?:\.?[^\S\r\n]+|[-‐‑])$/u;
const MAX_NAME_WORDS = 3;

/** People named after their title: "Rear Admiral Subhan Bakirov" proposes "Subhan Bakirov". */
export function titledPersons(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    const titleEnd = titleEndAt(scan, i);
    if (titleEnd < 0) continue;
    const afterTitle = titleEnd + 1;
    const { words, end } =
      keyAt(scan, afterTitle) === 'of' && !scan.tokens[afterTitle]?.capitalised
        ? nameAfterPortfolio(scan, afterTitle + 1)
        : nameAfterTitle(scan, afterTitle);
    const first = words[0];
    const last = words[words.length - 1];
    if (first && last && isPersonName(scan, words) && isFree(scan, first.from, last.to)) {
      const title = scan.text.slice(scan.tokens[i]?.start ?? 0, scan.tokens[titleEnd]?.end ?? 0);
      const person = candidate(scan, first.from, last.to, 'titled-person', [{ type: 'person', weight: 4, reason: `after the title “${title}”` }]);
      if (person) found.push(person);
      take(scan, i, Math.max(end, titleEnd));
      i = Math.max(end, titleEnd);
    } else if (words.length === 0) {
      // A bare title ("the Prime Minister of Kazakhstan") is no name of anything.
      take(scan, i, titleEnd);
    }
    // Otherwise ("General Staff") the words are left for the other rules.
  }
  return found;
}

/** Last token of a title starting at i ("Defense Minister", "Vice Admiral", "Gen."), or -1. */
function titleEndAt(scan: Scan, i: number): number {
  let end = -1;
  for (let j = i; j < scan.tokens.length; j++) {
    const token = scan.tokens[j];
    if (!token?.capitalised || !TITLE_WORDS.has(token.key) || scan.known[j] || scan.taken[j]) break;
    if (j > i && !TITLE_GAP.test(gapAt(scan, j))) break;
    if (TITLE_HEADS.has(token.key)) end = j;
    if (token.possessive) break;
  }
  return end;
}

function nameAfterTitle(scan: Scan, from: number): { words: Word[]; end: number } {
  const words = capitalisedWords(scan, from, MAX_NAME_WORDS, false);
  return { words, end: words[words.length - 1]?.to ?? from - 1 };
}

/**
 * "Minister of Defense Ruslan Zhaksylykov", "President of Kazakhstan Kassym-Jomart Tokayev": the
 * name follows a known place, or is the last two of three or more capitalised words.
 */
function nameAfterPortfolio(scan: Scan, from: number): { words: Word[]; end: number } {
  const start = keyAt(scan, from) === 'the' ? from + 1 : from;
  const words = capitalisedWords(scan, start, 8, true);
  const end = words[words.length - 1]?.to ?? from - 1;
  let lastKnown = -1;
  words.forEach((word, index) => {
    if (scan.known[word.from]) lastKnown = index;
  });
  if (lastKnown >= 0) return { words: words.slice(lastKnown + 1, lastKnown + 1 + MAX_NAME_WORDS), end };
  return { words: words.length >= 3 ? words.slice(-2) : [], end };
}

/** Capitalised words from `from`, separated by spaces; with `joiners`, "of"/"and" may link them. */
function capitalisedWords(scan: Scan, from: number, max: number, joiners: boolean): Word[] {
  const words: Word[] = [];
  const sentence = scan.tokens[from - 1]?.sentence;
  let i = from;
  while (words.length < max && i < scan.tokens.length) {
    const token = scan.tokens[i];
    const previous = scan.tokens[i - 1];
    const afterInitial = words.length > 0 && previous !== undefined && previous.end - previous.start === 1 && /^\.[^\S\r\n]+$/u.test(gapAt(scan, i));
    const spaced = spacedOnly(scan, i) || afterInitial || (i === from && !joiners && TITLE_GAP.test(gapAt(scan, i)));
    if (!token || token.sentence !== sentence || !spaced) break;
    const particle = words.length > 0 && !token.capitalised && NAME_PARTICLES.has(token.key);
    if ((particle || (joiners && !token.capitalised && JOINERS.has(token.key))) && scan.tokens[i + 1]?.capitalised) {
      i++;
      continue;
    }
    if (!token.capitalised) break;
    const to = wordEnd(scan, i);
    words.push({ from: i, to });
    if (scan.tokens[to]?.possessive) break;
    i = to + 1;
  }
  return words;
}

function isPersonName(scan: Scan, words: Word[]): boolean {
  const first = words[0];
  if (!first || FUNCTION_WORDS.has(keyAt(scan, first.from))) return false;
  return words.every((word) => {
    for (let i = word.from; i <= word.to; i++) {
      const key = keyAt(scan, i);
      if (NOT_PERSON_WORDS.has(key) || typeFromHeadWord(key) || TITLE_WORDS.has(key)) return false;
    }
    return true;
  });
}
