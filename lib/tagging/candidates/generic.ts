import type { CandidateEvidence } from '../types';
import { DEMONYMS, GENERIC_WORDS, INSTITUTION_HEADS } from './lists';
import type { Word } from './proper-names';
import { keyAt, wordAt, type Scan } from './scan';
import { worldPlace } from './world';

export interface Resolution {
  /** The institution's name when the phrase alone names nobody ("Ministry of Defense of Kazakhstan"). */
  name?: string;
  evidence: CandidateEvidence[];
}

/** Whether every word of the name is one every state's institutions use ("Air Force", "Border Service"). */
export function isGeneric(scan: Scan, words: readonly Word[]): boolean {
  return words.every((word) => {
    if (word.known) return false;
    for (let i = word.from; i <= word.to; i++) if (!GENERIC_WORDS.has(keyAt(scan, i))) return false;
    return true;
  });
}

/**
 * A generic phrase stands for one institution only when the text says whose it is: a demonym
 * before it ("Azerbaijani Defence Ministry"), a country before it ("Kazakhstan's Ministry of
 * Defense", "the Kazakh General Staff"), or a country closing it ("… of Kyrgyzstan"). Without one
 * it is no name (null).
 */
export function resolveGeneric(scan: Scan, words: readonly Word[], demonymOwner: string | undefined): Resolution | null {
  const last = words[words.length - 1];
  if (last?.known) return { evidence: [{ type: 'organization', weight: 2, reason: `an institution of ${wordAt(scan, last.from)}` }] };
  if (!isGeneric(scan, words)) return { evidence: [] };
  if (!words.some((word) => INSTITUTION_HEADS.has(keyAt(scan, word.to)))) return null;
  const owner = demonymOwner ?? ownerBefore(scan, words[0]?.from ?? 0);
  if (!owner) return null;
  return {
    name: `${institutionName(scan, words)} of ${owner}`,
    evidence: [{ type: 'organization', weight: 3, reason: `the institution of ${owner}, as the text says` }],
  };
}

function ownerBefore(scan: Scan, from: number): string | undefined {
  const before = from - 1;
  const token = scan.tokens[before];
  if (!token || token.sentence !== scan.tokens[from]?.sentence) return undefined;
  const gap = scan.text.slice(token.after, scan.tokens[from]?.start ?? token.after);
  if (!/^[^\S\r\n]+$/u.test(gap)) return undefined;
  const demonym = DEMONYMS.get(token.key);
  if (demonym && (scan.knownTypes[before] === 'country' || scan.known[before])) return demonym;
  if (scan.knownTypes[before] === 'country' || (token.possessive && worldPlace(token.key)?.type === 'country')) {
    let first = before;
    while (first > 0 && scan.knownTypes[first - 1] === 'country' && !scan.tokens[first - 1]?.possessive) first--;
    const start = scan.tokens[first]?.start ?? token.start;
    return demonym ?? scan.text.slice(start, token.end);
  }
  return undefined;
}

// "Defence Ministry" is the "Ministry of Defence"; "Foreign Ministry" that "of Foreign Affairs".
function institutionName(scan: Scan, words: readonly Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return '';
  const surface = scan.text.slice(scan.tokens[first.from]?.start ?? 0, scan.tokens[last.to]?.end ?? 0);
  const headKey = keyAt(scan, last.to);
  if (headKey !== 'ministry' || words.length < 2 || words.some((word) => word.joiner === 'of')) return surface;
  const portfolio = scan.text.slice(scan.tokens[first.from]?.start ?? 0, scan.tokens[words[words.length - 2]?.to ?? first.to]?.end ?? 0);
  const affairs = portfolio.toLowerCase() === 'foreign' ? `${portfolio} Affairs` : portfolio;
  return `${wordAt(scan, last.to)} of ${affairs}`;
}
