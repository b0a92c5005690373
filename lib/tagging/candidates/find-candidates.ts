import { normalizeForMatch } from '../normalize-for-match';
import type { Token } from '../token';
import type { Candidate } from '../types';
import { exerciseNames } from './exercise-names';
import { properNames } from './proper-names';
import { titledPersons } from './titled-persons';
import type { Scan } from './scan';

/**
 * Names in one paragraph that the gazetteer does not know but that look like entities. `known`
 * marks tokens already inside mentions: nothing proposed overlaps them. The rules run from the most
 * specific (a year, a title) to the most general, each claiming its tokens from the next.
 */
export function findCandidates(paragraphId: number, text: string, tokens: readonly Token[], known: Uint8Array): Candidate[] {
  const scan: Scan = { paragraphId, text, tokens, known, taken: new Uint8Array(tokens.length) };
  const all = [...exerciseNames(scan), ...titledPersons(scan), ...properNames(scan)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  return all.filter((found) => {
    const key = normalizeForMatch(found.surface);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
