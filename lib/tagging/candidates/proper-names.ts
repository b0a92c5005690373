import type { Candidate } from '../types';
import { contextEvidence, namesAVehicle, nameEvidence } from './evidence';
import { isGeneric, resolveGeneric } from './generic';
import { DEMONYMS, INSTITUTION_HEADS, ROLE_WORDS, WEEKDAYS, demonymKey } from './lists';
import { splitAtRole } from './role-split';
import { candidate, gapAt, isFree, keyAt, opensSentence, spacedOnly, take, wordEnd, type Scan } from './scan';
import { worldPlace } from './world';
import { FUNCTION_WORDS, JOINERS, MONTHS, typeFromHeadWord } from './words';

export interface Word {
  from: number;
  to: number;
  /** The lowercase joiner after this word inside the name ("of" in "Ministry of Defense"), if any. */
  joiner: string | null;
  /** A known name the run ends on after "of" ("… Security of Kyrgyzstan"). */
  known?: boolean;
}

const MIN_WORDS = 2;
const MAX_WORDS = 8;
// Joiners that open a complement, after which "and"/"the" may continue the name
// ("Center for Strategic and International Studies", "Ministry of Defense of the Republic").
const COMPLEMENT = new Set(['of', 'for', 'de']);
// "Central Asian", "Azerbaijani" : adjectives before a lowercase noun, not names.
const ADJECTIVE_ENDING = /(?:ian|ese|ish)$/;
const FOR_HEADS = new Set(['partnership', 'office', 'network', 'coalition', 'initiative', 'program', 'programme', 'foundation', 'society', 'association', 'movement', 'campaign']);

/** Runs of 2–8 capitalised words ("Trans-Caspian International Transport Route"). */
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
    const first = words[0];
    const trimmed = trimEnds(scan, words);
    // A single word left over is for the single-name rule ("However Tehran", "Taliban Tuesday").
    if (trimmed.length < MIN_WORDS && !(trimmed[0] && knownDemonymBefore(scan, trimmed[0].from))) {
      if (first && last && trimmed.length === 0) take(scan, first.from, last.to);
      continue;
    }
    // "Turkmenistan Afghanistan Pakistan India": names side by side, each for the single-name rule.
    if (trimmed.every((word) => word.from === word.to && worldPlace(keyAt(scan, word.from))?.type === 'country')) continue;
    if (first && last) take(scan, first.from, last.to);
    found.push(...proposeRun(scan, trimmed));
  }
  return found;
}

function proposeRun(scan: Scan, run: Word[]): Candidate[] {
  // "Foreign Ministers of the Gulf Cooperation Council": a role of an institution names the institution.
  const head = headOf(run);
  if (head && head.joiner === 'of' && ROLE_WORDS.has(keyAt(scan, head.to))) {
    const complement = run.slice(run.indexOf(head) + 1);
    const own = complement.filter((word) => !word.known);
    const institution = own.some((word) => INSTITUTION_HEADS.has(keyAt(scan, word.to)) || typeFromHeadWord(keyAt(scan, word.to)) === 'organization');
    return own.length >= 2 || institution ? proposeName(scan, complement) : [];
  }
  const split = splitAtRole(scan, run);
  if (split) {
    const organization = split.before.length > 0 ? proposeName(scan, split.before) : [];
    return [...organization, ...(split.person ? [split.person] : [])];
  }
  return proposeName(scan, run);
}

function proposeName(scan: Scan, name: Word[]): Candidate[] {
  const firstKey = keyAt(scan, name[0]?.from ?? -1);
  // "Azerbaijani Defence Ministry": the demonym says whose, the rest is the institution. Not so
  // "Russian Flotilla", which is a name as it stands.
  const owner = DEMONYMS.has(firstKey) && name.length > 1 ? DEMONYMS.get(firstKey) : undefined;
  const words = owner && isGeneric(scan, name.slice(1)) ? name.slice(1) : name;
  const head = words[0];
  const tail = words[words.length - 1];
  if (!head || !tail || words.length > MAX_WORDS) return [];
  if (words === name && words.length < MIN_WORDS && !knownDemonymBefore(scan, head.from)) return [];
  const tailKey = keyAt(scan, tail.to);
  if (ADJECTIVE_ENDING.test(tailKey) || demonymKey(tailKey) || words.every((word) => scan.tokens[word.from]?.acronym)) return [];
  const headWord = headOf(words);
  if (!headWord || ROLE_WORDS.has(keyAt(scan, headWord.to))) return [];
  if (namesAVehicle(scan, head.from, tail.to)) return [];
  const generic = resolveGeneric(scan, words, words === name ? undefined : owner);
  if (generic === null) return [];
  // "Chinese National Petroleum Company", "Russian Flotilla": a known demonym is part of the name.
  const from = generic.name === undefined && words === name && knownDemonymBefore(scan, head.from) ? head.from - 1 : head.from;
  if (from === head.from && words.length < MIN_WORDS && words === name) return [];
  const evidence = [...nameEvidence(scan, from, tail.to, headWord.to), ...contextEvidence(scan, from, tail.to), ...generic.evidence];
  const proposal = candidate(scan, from, tail.to, 'proper-name', evidence, generic.name);
  return proposal ? [proposal] : [];
}

function knownDemonymBefore(scan: Scan, from: number): boolean {
  const before = scan.tokens[from - 1];
  return before !== undefined && scan.knownTypes[from - 1] === 'country' && !before.possessive && DEMONYMS.has(before.key) && spacedOnly(scan, from) && before.sentence === scan.tokens[from]?.sentence;
}

/** The head is the word before "of"/"for" ("Ministry of Defense"), else the last word ("Caspian Sea"). */
export function headOf(words: Word[]): Word | undefined {
  const index = words.findIndex((word) => word.joiner !== null && COMPLEMENT.has(word.joiner));
  return words[index >= 0 ? index : words.length - 1];
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
    if (!token || token.sentence !== sentence || !(spacedOnly(scan, next) || (joiners.length === 0 && afterInitial(scan, to, next)))) return words;
    if (!startsWord(scan, next)) {
      // "… for National Security of Kyrgyzstan": a known country or body closes the institution's name.
      const owner = scan.knownTypes[next];
      const body = words.some((w) => typeFromHeadWord(keyAt(scan, w.to)) === 'organization' || INSTITUTION_HEADS.has(keyAt(scan, w.to)));
      if (joiners[0] === 'of' && (owner === 'country' || (owner === 'organization' && body)) && token.capitalised) {
        word.joiner = 'of';
        let end = next;
        while (scan.knownTypes[end + 1] === owner && spacedOnly(scan, end + 1)) end++;
        words.push({ from: next, to: end, joiner: null, known: true });
      }
      return words;
    }
    word.joiner = joiners[0] ?? null;
    if (joiners.some((joiner) => COMPLEMENT.has(joiner))) complement = true;
    i = next;
  }
}

// "James N. Mattis": a middle initial's full stop does not end the name.
function afterInitial(scan: Scan, word: number, next: number): boolean {
  const token = scan.tokens[word];
  return token !== undefined && token.end - token.start === 1 && token.capitalised && /^\.[^\S\r\n]+$/u.test(gapAt(scan, next));
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
 * "The", "However", "During" open a run only because they are capitalised, and a date or a day may
 * close one ("in Baku October 2 - 8", "the Taliban Tuesday"): drop them.
 */
function trimEnds(scan: Scan, words: Word[]): Word[] {
  let start = 0;
  let end = words.length;
  while (start < end && (isSingle(words[start], scan, FUNCTION_WORDS) || (start === 0 && opensSentence(scan, words[0]?.from ?? 0) && isSingle(words[start], scan, WEEKDAYS)))) start++;
  while (end > start && (isSingle(words[end - 1], scan, MONTHS) || isSingle(words[end - 1], scan, WEEKDAYS))) end--;
  return words.slice(start, end);
}

function isSingle(word: Word | undefined, scan: Scan, list: ReadonlySet<string>): boolean {
  return word !== undefined && word.from === word.to && list.has(keyAt(scan, word.from));
}

// Title-case lines ("Ukrainian Fallout: Kazakhstan's Economy Could Be Caught Between Russia…") are
// headings: every word but the small ones is capitalised there, so runs of capitals say nothing. A
// sentence dense with names differs by ending in a full stop and by not capitalising "Between".
export function looksLikeHeading(scan: Scan): boolean {
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
