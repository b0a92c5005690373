import type { Candidate, CandidateEvidence } from '../types';
import { contextEvidence, namesAVehicle, nameEvidence, opensAndUnlisted } from './evidence';
import { GENERIC_WORDS, ROLE_WORDS, WEEKDAYS, demonymKey } from './lists';
import { candidate, gapAt, isFree, keyAt, take, wordEnd, type Scan } from './scan';
import { worldPlace } from './world';
import { FUNCTION_WORDS, TIME_WORDS, TITLE_WORDS } from './words';

export const ABBREVIATION_REASON = 'an abbreviation in brackets after a name';
// "(OTS)" after a name: its abbreviation.
const ABBREVIATION = /^[A-Z][A-Z0-9&-]{1,7}$/;

/**
 * One capitalised word the gazetteer does not know is a name only on evidence: a list it is on
 * (countries and cities, news agencies, armed groups), or words around it that say what it is
 * ("the village of Isfana", "Batken province", "in Shahritus"). Runs of several words are the
 * proper-name rule's, which has taken them by now.
 */
export function singleNames(scan: Scan): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    const token = scan.tokens[i];
    if (!token?.capitalised) continue;
    const to = wordEnd(scan, i);
    if (!isFree(scan, i, to) || !worthLooking(scan, i, to)) {
      i = to;
      continue;
    }
    const evidence = [...nameEvidence(scan, i, to, to), ...contextEvidence(scan, i, to), ...abbreviationEvidence(scan, i, to)];
    // "Caspian" of "Caspian Sea": a modifier the knowledge base uses, a name only on strong evidence.
    const modifier = i === to && scan.gazetteer.modifiers.has(keyAt(scan, i)) && !evidence.some((e) => e.weight >= 3);
    if (evidence.length > 0 && !modifier && !opensAndUnlisted(scan, i, evidence) && !namesAVehicle(scan, i, to)) {
      const proposal = candidate(scan, i, to, 'single-name', evidence);
      if (proposal) found.push(proposal);
      take(scan, i, to);
    }
    i = to;
  }
  return found;
}

function worthLooking(scan: Scan, from: number, to: number): boolean {
  const key = keyAt(scan, from);
  const text = scan.text.slice(scan.tokens[from]?.start ?? 0, scan.tokens[to]?.end ?? 0);
  if (from === to && (text.length < 2 || /^\d/.test(key))) return false;
  if (from === to && [FUNCTION_WORDS, TIME_WORDS, WEEKDAYS, ROLE_WORDS, GENERIC_WORDS, TITLE_WORDS].some((list) => list.has(key))) return false;
  // "Tajik-Afghan-Uzbek", "Batken-Isfana": several names joined, not one.
  if (from < to && hyphenatedNames(scan, from, to)) return false;
  return demonymKey(keyAt(scan, to)) === null;
}

function hyphenatedNames(scan: Scan, from: number, to: number): boolean {
  let named = 0;
  for (let i = from; i <= to; i++) {
    const key = keyAt(scan, i);
    if (worldPlace(key) || demonymKey(key) || scan.gazetteer.names.has(key)) named++;
  }
  return named >= 1;
}

function abbreviationEvidence(scan: Scan, from: number, to: number): CandidateEvidence[] {
  const text = scan.text.slice(scan.tokens[from]?.start ?? 0, scan.tokens[to]?.end ?? 0);
  if (from !== to || !ABBREVIATION.test(text)) return [];
  const open = gapAt(scan, from).trim();
  const close = scan.text.charAt(scan.tokens[to]?.end ?? 0);
  if (!open.endsWith('(') || close !== ')') return [];
  const before = from - 1;
  const knownType = scan.knownTypes[before];
  return [{ type: knownType ?? 'organization', weight: 3, reason: ABBREVIATION_REASON }];
}
