import type { Candidate } from '../types';
import { contextEvidence } from './evidence';
import { GENERIC_WORDS, ROLE_WORDS, demonymKey } from './lists';
import type { Word } from './proper-names';
import { candidate, keyAt, wordAt, type Scan } from './scan';
import { worldPlace } from './world';
import { NOT_PERSON_WORDS, TITLE_WORDS, typeFromHeadWord } from './words';

const MAX_NAME_WORDS = 3;

/**
 * "Kyrgyz Armed Forces General Staff Chief Asylbek Alymkozhoyev" is an institution, a role and a
 * person: the person is proposed on the title's evidence, the words before it go on as a name.
 */
export function splitAtRole(scan: Scan, run: Word[]): { before: Word[]; person: Candidate | null } | null {
  for (let r = run.length - 2; r >= 0; r--) {
    const role = run[r];
    if (!role || role.joiner !== null || !ROLE_WORDS.has(keyAt(scan, role.to))) continue;
    const name = run.slice(r + 1);
    if (name.length > MAX_NAME_WORDS || !name.every((word) => personWord(scan, word))) return null;
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last) return null;
    const evidence = [{ type: 'person' as const, weight: 3, reason: `after the title “${wordAt(scan, role.to)}”` }, ...contextEvidence(scan, first.from, last.to)];
    return { before: run.slice(0, r), person: candidate(scan, first.from, last.to, 'titled-person', evidence) };
  }
  return null;
}

function personWord(scan: Scan, word: Word): boolean {
  if (word.known || word.joiner !== null) return false;
  for (let i = word.from; i <= word.to; i++) {
    const key = keyAt(scan, i);
    const token = scan.tokens[i];
    if (!token?.capitalised || token.acronym || /^\d/.test(key)) return false;
    if (GENERIC_WORDS.has(key) || NOT_PERSON_WORDS.has(key) || TITLE_WORDS.has(key) || ROLE_WORDS.has(key) || typeFromHeadWord(key) || demonymKey(key)) return false;
  }
  return word.from !== word.to || worldPlace(keyAt(scan, word.from))?.type !== 'country';
}
