import type { CandidateEvidence } from '../types';
import {
  ARMED_GROUPS,
  EVENT_BEFORE,
  EXERCISE_AFTER,
  LOWER_ROLES,
  NEWS_AGENCIES,
  ORGANIZATION_AFTER,
  PLACE_AFTER,
  PLACE_OF,
  ROLE_WORDS,
  SPEECH_VERBS,
  SURNAME_ENDING,
  VEHICLE_WORDS,
} from './lists';
import { gapAt, keyAt, opensSentence, type Scan } from './scan';
import { worldPlace } from './world';
import { MONTHS, typeFromHeadWord } from './words';

const WORLD_REGIONS = new Set(['asia', 'europe', 'africa', 'america', 'caucasus', 'eurasia', 'oceania', 'antarctica', 'arctic', 'balkans', 'scandinavia', 'siberia', 'levant']);
const PREPOSITIONS = new Set(['in', 'near', 'at', 'from', 'to', 'outside', 'around', 'across', 'into', 'via']);
const SPACES = /^[^\S\r\n]+$/u;
const COMMA = /^,[^\S\r\n]+$/u;
const LIST_GAP = /^(?:,)?[^\S\r\n]+$/u;

const vote = (type: CandidateEvidence['type'], weight: number, reason: string): CandidateEvidence => ({ type, weight, reason });

/** What the words of the name itself say: a head word, a list it is on, the shape of a person's name. */
export function nameEvidence(scan: Scan, from: number, to: number, headIndex: number): CandidateEvidence[] {
  const votes: CandidateEvidence[] = [];
  const keys: string[] = [];
  for (let i = from; i <= to; i++) keys.push(keyAt(scan, i));
  const key = keys.join(' ');
  const place = worldPlace(key);
  if (place) votes.push(vote(place.type, place.type === 'country' ? 4 : 3, place.type === 'country' ? 'a country in the world gazetteer' : `a city in the world gazetteer (${place.country})`));
  if (NEWS_AGENCIES.has(key) || (keys.length <= 2 && NEWS_AGENCIES.has(keys[0] ?? ''))) votes.push(vote('organization', 4, 'a news agency'));
  if (ARMED_GROUPS.has(key)) votes.push(vote('organization', 4, 'an armed group'));
  const headKey = keyAt(scan, headIndex);
  // A head noun alone ("Flotilla", "Sea") is a common noun that happens to be capitalised.
  const fromHead = to > from ? typeFromHeadWord(headKey) : null;
  if (to === from && WORLD_REGIONS.has(headKey)) votes.push(vote('place', 3, 'a region of the world'));
  if (headKey === 'district' && keyAt(scan, headIndex - 1) === 'military') votes.push(vote('organization', 4, 'a military district'));
  else if (fromHead) votes.push(vote(fromHead, 3, `head word “${headKey}”`));
  else if (to > from) {
    const kb = scan.gazetteer.headTypes.get(headKey);
    if (kb) votes.push(vote(kb, 2, `the knowledge base's names ending in “${headKey}”`));
    for (let i = to; i >= from; i--) {
      const type = i === headIndex ? null : typeFromHeadWord(keyAt(scan, i));
      if (type) {
        votes.push(vote(type, 1, `the word “${keyAt(scan, i)}”`));
        break;
      }
    }
  }
  const placeWord = keys.some((k) => worldPlace(k) !== undefined);
  if (!placeWord && looksLikePersonName(scan, from, to, keys) && votes.length === 0) {
    votes.push(vote('person', 1, 'capitalised given name and surname'));
    if (SURNAME_ENDING.test(keys[keys.length - 1] ?? '')) votes.push(vote('person', 2, 'a surname ending'));
  }
  return votes;
}

// Given name and surname are separate words; "Batken-Isfana" is one.
function looksLikePersonName(scan: Scan, from: number, to: number, keys: string[]): boolean {
  if (keys.length < 2 || keys.length > 4) return false;
  let spaced = 0;
  for (let i = from; i <= to; i++) {
    const token = scan.tokens[i];
    if (!token?.capitalised || token.acronym || /^\d/.test(token.key)) return false;
    if (i === from) continue;
    const initial = (scan.tokens[i - 1]?.end ?? 0) - (scan.tokens[i - 1]?.start ?? 0) === 1 && /^\.[^\S\r\n]+$/u.test(gapAt(scan, i));
    if (SPACES.test(gapAt(scan, i)) || initial) spaced++;
    else if (!/^[-‐‑]$/u.test(gapAt(scan, i))) return false;
  }
  return spaced > 0;
}

/** What the words around the name say: titles and cue words, appositions, prepositions, citations. */
export function contextEvidence(scan: Scan, from: number, to: number): CandidateEvidence[] {
  const votes: CandidateEvidence[] = [];
  const sentence = scan.tokens[from]?.sentence;
  const inSentence = (i: number) => scan.tokens[i]?.sentence === sentence;
  const before = from - 1;
  const after = to + 1;
  const beforeKey = inSentence(before) ? keyAt(scan, before) : '';
  const afterKey = inSentence(after) && SPACES.test(gapAt(scan, after)) && !scan.tokens[after]?.capitalised ? keyAt(scan, after) : '';
  const spacedBefore = SPACES.test(gapAt(scan, from));

  // "a Tajik exclave, Vorukh,": an apposition naming a kind of place.
  if (COMMA.test(gapAt(scan, from)) && (PLACE_OF.has(beforeKey) || PLACE_AFTER.has(beforeKey)) && !scan.tokens[before]?.capitalised) votes.push(vote('place', 3, `apposition after “${beforeKey}”`));
  if (spacedBefore && beforeKey === 'of' && PLACE_OF.has(keyAt(scan, before - 1))) votes.push(vote('place', 3, `after “${keyAt(scan, before - 1)} of”`));
  else if (from === to && spacedBefore && PREPOSITIONS.has(beforeKey) && !scan.tokens[before]?.capitalised) votes.push(vote('place', 1, `after “${beforeKey}”`));
  else if (from === to && spacedBefore && beforeKey === 'the' && PREPOSITIONS.has(keyAt(scan, before - 1))) votes.push(vote('place', 1, `after “${keyAt(scan, before - 1)} the”`));
  if (spacedBefore && EVENT_BEFORE.has(beforeKey)) votes.push(vote('event', 3, `after “${beforeKey}”`));
  if (spacedBefore && ORGANIZATION_AFTER.has(beforeKey)) votes.push(vote('organization', 2, `after “${beforeKey}”`));
  if (spacedBefore && LOWER_ROLES.has(beforeKey) && !scan.tokens[before]?.capitalised) votes.push(vote('person', 3, `after “${beforeKey}”`));

  if (PLACE_AFTER.has(afterKey)) votes.push(vote('place', 3, `before “${afterKey}”`));
  if (afterKey === 'training' && /^ground|^range|^facilit/.test(keyAt(scan, after + 1))) votes.push(vote('place', 3, 'before “training ground”'));
  if (ORGANIZATION_AFTER.has(afterKey) || (afterKey === 'news' && ORGANIZATION_AFTER.has(keyAt(scan, after + 1)))) votes.push(vote('organization', 3, `before “${afterKey}”`));
  if (EXERCISE_AFTER.has(afterKey)) votes.push(vote('exercise', 3, `before “${afterKey}”`));
  if (SPEECH_VERBS.has(afterKey) && to > from) votes.push(vote('person', 1, `before “${afterKey}”`));

  // "Kamchybek Tashiev, the head of …": an apposition naming a role.
  if (inSentence(after) && COMMA.test(gapAt(scan, after))) {
    const role = ['the', 'a', 'an'].includes(keyAt(scan, after)) ? after + 1 : after;
    if (ROLE_WORDS.has(keyAt(scan, role)) && !scan.tokens[role]?.capitalised) votes.push(vote('person', 3, `apposition “, ${keyAt(scan, role)}”`));
    // "The secretary general of the CSTO, Nikolai Bordyuzha, believes": the role opens the sentence.
    if (COMMA.test(gapAt(scan, from)) && roleEarlierInSentence(scan, from)) votes.push(vote('person', 2, 'apposition after a role'));
    // "(Kaspiyskiy Vestnik, July 8)": a source cited with its date.
    if (/\($/.test(gapAt(scan, from).trim()) && MONTHS.has(keyAt(scan, after))) votes.push(vote('organization', 2, 'cited as a source with a date'));
  }
  return votes;
}

function roleEarlierInSentence(scan: Scan, from: number): boolean {
  const sentence = scan.tokens[from]?.sentence;
  for (let i = from - 1; i >= 0 && i >= from - 12 && scan.tokens[i]?.sentence === sentence; i--) {
    if (ROLE_WORDS.has(keyAt(scan, i))) return true;
  }
  return false;
}

/**
 * A name in a list after a vehicle noun ("the missile ships Tatarstan, Dagestan and Uglich") or
 * before one ("Buyan-M corvettes"): the portal does not model ships, aircraft or weapons.
 */
export function namesAVehicle(scan: Scan, from: number, to: number): boolean {
  const after = scan.tokens[to + 1];
  if (after && !after.capitalised && VEHICLE_WORDS.has(after.key) && /^[)\]”"»]?[^\S\r\n]+$/u.test(gapAt(scan, to + 1))) return true;
  const sentence = scan.tokens[from]?.sentence;
  for (let i = from - 1; i >= 0 && i >= from - 16; i--) {
    const token = scan.tokens[i];
    if (!token || token.sentence !== sentence || !LIST_GAP.test(gapAt(scan, i + 1))) return false;
    if (token.capitalised || token.key === 'and') continue;
    return VEHICLE_WORDS.has(token.key);
  }
  return false;
}

/** Sentence-opening words are capitalised whatever they are: only a list can vouch for one. */
export function opensAndUnlisted(scan: Scan, from: number, votes: readonly CandidateEvidence[]): boolean {
  return opensSentence(scan, from) && !votes.some((v) => v.weight >= 3 && /gazetteer|news agency|armed group/.test(v.reason));
}
