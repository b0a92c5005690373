import type { Candidate } from '../types';
import { GENERIC_WORDS, LOWER_ROLES, WEEKDAYS, demonymKey } from './lists';
import { candidate, isFree, keyAt, spacedOnly, take, wordEnd, type Scan } from './scan';
import { worldPlace } from './world';
import { MONTHS, NOT_PERSON_WORDS, TITLE_WORDS, typeFromHeadWord } from './words';

const MAX_NAME_WORDS = 3;

/** "his Tajik counterpart Emomali Rahmon", "spokesman Ivan Petrov", and a byline "By Bruce Pannier". */
export function rolePersons(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  const byline = keyAt(scan, 0) === 'by' && scan.tokens[0]?.capitalised;
  for (let i = byline ? 0 : 1; i < scan.tokens.length; i++) {
    const role = scan.tokens[i];
    if (!role) continue;
    const isByline = byline && i === 0;
    if (!isByline && (role.capitalised || !LOWER_ROLES.has(role.key))) continue;
    const words = nameAfter(scan, i + 1);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last || words.length < (isByline ? 2 : 1)) continue;
    const reason = isByline ? 'a byline (“By …”)' : `after “${role.key}”`;
    const proposal = candidate(scan, first.from, last.to, 'titled-person', [{ type: 'person', weight: isByline ? 4 : 3, reason }]);
    if (proposal) found.push(proposal);
    take(scan, first.from, last.to);
  }
  return found;
}

function nameAfter(scan: Scan, from: number): { from: number; to: number }[] {
  const words: { from: number; to: number }[] = [];
  const sentence = scan.tokens[from - 1]?.sentence;
  let i = from;
  while (words.length < MAX_NAME_WORDS) {
    const token = scan.tokens[i];
    if (!token?.capitalised || token.sentence !== sentence || !spacedOnly(scan, i) || token.acronym) break;
    if (MONTHS.has(token.key) || WEEKDAYS.has(token.key)) break;
    const to = wordEnd(scan, i);
    if (!isFree(scan, i, to)) return [];
    for (let j = i; j <= to; j++) {
      const key = keyAt(scan, j);
      if (GENERIC_WORDS.has(key) || NOT_PERSON_WORDS.has(key) || TITLE_WORDS.has(key) || typeFromHeadWord(key) || demonymKey(key)) return [];
    }
    words.push({ from: i, to });
    if (scan.tokens[to]?.possessive) break;
    i = to + 1;
  }
  if (words.length === 1 && worldPlace(keyAt(scan, from))) return [];
  return words;
}
