import type { Candidate, CandidateEvidence } from '../types';
import { candidate, isFree, take, type Scan } from './scan';
import { worldPlace } from './world';

// "ALMATY, Oct 3", "ROSTOV-ON-DON, April 25. /TASS/.", "BISHKEK (Reuters) -", "TOKMAK. July 29".
const DATELINE = /^([A-Z][A-Z'’.]*(?:[- ][A-Z][A-Z'’.]*){0,3})(?=\s*(?:,|\.|:|\(|[–—]|-\s))/u;
const SMALL = new Set(['on', 'upon', 'na', 'de', 'del', 'la', 'le', 'el', 'al', 'am', 'an', 'sur']);

/** A place in capitals opening a paragraph, before the date or the agency: where the story was filed. */
export function datelines(scan: Scan): Candidate[] {
  const match = DATELINE.exec(scan.text);
  if (!match?.[1] || match[1].replace(/[^A-Z]/g, '').length < 3) return [];
  // A heading in capitals is not a dateline.
  if (!/\p{Ll}/u.test(scan.text.slice(match[1].length))) return [];
  const end = match[1].length;
  let last = -1;
  while (last + 1 < scan.tokens.length && (scan.tokens[last + 1]?.end ?? Infinity) <= end) last++;
  if (last < 0 || !isFree(scan, 0, last)) return [];
  const key = scan.tokens.slice(0, last + 1).map((token) => token.key).join(' ');
  const place = worldPlace(key);
  const name = place && place.type === 'place' ? place.name : titleCase(match[1]);
  const evidence: CandidateEvidence[] = [{ type: 'place', weight: 3, reason: 'a dateline in capitals' }];
  if (place) evidence.push({ type: place.type, weight: 3, reason: `a ${place.type === 'country' ? 'country' : 'city'} in the world gazetteer` });
  take(scan, 0, last);
  const proposal = candidate(scan, 0, last, 'dateline', evidence, name);
  return proposal ? [proposal] : [];
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\p{L}+/gu, (word, offset: number) => (offset > 0 && SMALL.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)));
}
