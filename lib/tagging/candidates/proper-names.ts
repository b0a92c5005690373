import type { EntityType } from '@/lib/entities/types';
import type { Candidate } from '../types';
import { FUNCTION_WORDS, JOINERS, MONTHS, typeFromHeadWord } from './words';
import { candidate, isFree, keyAt, opensSentence, spacedOnly, wordEnd, type Scan } from './scan';

interface Word {
  from: number;
  to: number;
  /** The lowercase joiner after this word inside the name ("of" in "Ministry of Defense"), if any. */
  joiner: string | null;
}

const MIN_WORDS = 2;
const MAX_WORDS = 6;
// Joiners that open a complement, after which "and"/"the" may continue the name
// ("Center for Strategic and International Studies", "Ministry of Defense of the Republic").
const COMPLEMENT = new Set(['of', 'for', 'de']);
// "Central Asian", "Azerbaijani" : adjectives before a lowercase noun, not names.
const ADJECTIVE_ENDING = /(?:ian|ese|ish)$/;
const FOR_HEADS = new Set(['partnership', 'office', 'network', 'coalition', 'initiative', 'program', 'programme', 'foundation', 'society', 'association', 'movement', 'campaign']);

/** Runs of 2–6 capitalised words ("Trans-Caspian International Transport Route"). */
export function properNames(scan: Scan): Candidate[] {
  if (looksLikeHeading(scan)) return [];
  const found: Candidate[] = [];
  let i = 0;
  while (i < scan.tokens.length) {
    if (!startsWord(scan, i)) {
      i++;
      continue;
    }
    const words = readRun(scan, i);
    const last = words[words.length - 1];
    i = last ? last.to + 1 : i + 1;
    const name = trimEnds(scan, words);
    const head = name[0];
    const tail = name[name.length - 1];
    if (!head || !tail || name.length < MIN_WORDS || name.length > MAX_WORDS) continue;
    if (ADJECTIVE_ENDING.test(keyAt(scan, tail.to)) || name.every((word) => scan.tokens[word.from]?.acronym)) continue;
    const proposal = candidate(scan, head.from, tail.to, 'proper-name', guessType(scan, name));
    if (proposal) found.push(proposal);
  }
  return found;
}

function startsWord(scan: Scan, i: number): boolean {
  return (scan.tokens[i]?.capitalised ?? false) && isFree(scan, i, wordEnd(scan, i));
}

function readRun(scan: Scan, from: number): Word[] {
  const words: Word[] = [];
  const sentence = scan.tokens[from]?.sentence;
  let complement = false;
  let i = from;
  for (;;) {
    const to = wordEnd(scan, i);
    const word: Word = { from: i, to, joiner: null };
    words.push(word);
    if (scan.tokens[to]?.possessive) return words;
    const joiners: string[] = [];
    let next = to + 1;
    while (isJoiner(scan, next, complement, joiners[joiners.length - 1] ?? null, keyAt(scan, to))) {
      joiners.push(keyAt(scan, next));
      next++;
    }
    const token = scan.tokens[next];
    if (!token || token.sentence !== sentence || !spacedOnly(scan, next) || !startsWord(scan, next)) return words;
    word.joiner = joiners[0] ?? null;
    if (joiners.some((joiner) => COMPLEMENT.has(joiner))) complement = true;
    i = next;
  }
}

function isJoiner(scan: Scan, i: number, complement: boolean, previous: string | null, wordKey: string): boolean {
  const token = scan.tokens[i];
  if (!token || token.capitalised || !JOINERS.has(token.key) || !spacedOnly(scan, i)) return false;
  switch (token.key) {
    // "X and the Y" starts a second name; "Strategic and International" continues one.
    case 'and':
      return complement && previous === null && keyAt(scan, i + 1) !== 'the';
    case 'the':
      return previous !== null && previous !== 'the';
    // "Center for …", "Partnership for Peace"; but "the Caspian Sea for Cape Tokmak" is two names.
    case 'for':
      return previous === null && (typeFromHeadWord(wordKey) === 'organization' || FOR_HEADS.has(wordKey));
    default:
      return previous === null;
  }
}

/**
 * "The", "However", "During" open a run only because they are capitalised, and a date may close one
 * ("in Baku October 2 - 8"): drop them.
 */
function trimEnds(scan: Scan, words: Word[]): Word[] {
  let start = 0;
  let end = words.length;
  while (start < end && isSingle(words[start], scan, FUNCTION_WORDS)) start++;
  while (end > start && isSingle(words[end - 1], scan, MONTHS)) end--;
  return words.slice(start, end);
}

function isSingle(word: Word | undefined, scan: Scan, list: ReadonlySet<string>): boolean {
  return word !== undefined && word.from === word.to && list.has(keyAt(scan, word.from));
}

/** The head is the word before "of"/"for" ("Ministry of Defense"), else the last word ("Caspian Sea"). */
function guessType(scan: Scan, words: Word[]): EntityType {
  const headIndex = words.findIndex((word) => word.joiner !== null && COMPLEMENT.has(word.joiner));
  const head = words[headIndex >= 0 ? headIndex : words.length - 1];
  const fromHead = head ? typeFromHeadWord(keyAt(scan, head.to)) : null;
  if (fromHead) return fromHead;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w];
    const type = word ? typeFromHeadWord(keyAt(scan, word.to)) : null;
    if (type) return type;
  }
  return 'organization';
}

// Title-case lines ("Ukrainian Fallout: Kazakhstan's Economy Could Be Caught Between Russia…") are
// headings: every word but the small ones is capitalised there, so runs of capitals say nothing. A
// sentence dense with names differs by ending in a full stop and by not capitalising "Between".
function looksLikeHeading(scan: Scan): boolean {
  let words = 0;
  let capitalised = 0;
  let titleCased = false;
  scan.tokens.forEach((token, i) => {
    if (token.capitalised && FUNCTION_WORDS.has(token.key) && !opensSentence(scan, i)) titleCased = true;
    if (token.end - token.start < 4 || /^\d/.test(token.key) || FUNCTION_WORDS.has(token.key)) return;
    words++;
    if (token.capitalised) capitalised++;
  });
  if (words < 4 || capitalised / words < 0.9) return false;
  return titleCased || !/[.!?…]["'”’»)]*\s*$/u.test(scan.text);
}
