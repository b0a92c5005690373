import type { EntityType } from '@/lib/entities/types';
import type { Gazetteer } from '../gazetteer';
import { normalizeForMatch } from '../normalize-for-match';
import type { Token } from '../token';
import type { Candidate, Mention } from '../types';
import { datelines } from './datelines';
import { exerciseNames } from './exercise-names';
import { properNames } from './proper-names';
import { quotedNames } from './quoted-names';
import { rolePersons } from './role-persons';
import type { Scan } from './scan';
import { ABBREVIATION_REASON, singleNames } from './single-names';
import { titledPersons } from './titled-persons';

export interface ParagraphInput {
  paragraphId: number;
  text: string;
  tokens: readonly Token[];
  /** 1 on tokens inside mentions (or known names left unresolved): nothing proposed overlaps them. */
  known: Uint8Array;
  mentions: readonly Mention[];
}

/**
 * Names in one paragraph that the gazetteer does not know but that look like entities. The rules
 * run from the most specific (a dateline, a year, quotation marks, a title) to the most general
 * (runs of capitals, then single words on evidence), each claiming its tokens from the next.
 */
export function findCandidates(gazetteer: Gazetteer, input: ParagraphInput): Candidate[] {
  const { paragraphId, text, tokens, known } = input;
  const scan: Scan = { paragraphId, text, tokens, known, taken: new Uint8Array(tokens.length), knownTypes: knownTypes(gazetteer, input), gazetteer };
  const all = [
    ...datelines(scan),
    ...exerciseNames(scan),
    ...quotedNames(scan),
    ...titledPersons(scan),
    ...rolePersons(scan),
    ...properNames(scan),
    ...singleNames(scan),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  typeAbbreviations(all);
  const seen = new Set<string>();
  return all.filter((found) => {
    const key = normalizeForMatch(found.name);
    // A resolved institution the knowledge base already has is a name it knows.
    if (seen.has(key) || gazetteer.names.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "Partnership and Cooperation Agreement (PCA)": the abbreviation is of the name just before it.
function typeAbbreviations(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    if (!previous || c.kind !== 'single-name' || !c.evidence.some((e) => e.reason === ABBREVIATION_REASON)) return;
    if (c.start - previous.end > 3) return;
    c.evidence = [{ type: previous.suggestedType, weight: 4, reason: `the abbreviation of “${previous.name}”` }, ...c.evidence.filter((e) => e.reason !== ABBREVIATION_REASON)];
    c.suggestedType = previous.suggestedType;
  });
}

function knownTypes(gazetteer: Gazetteer, input: ParagraphInput): (EntityType | null)[] {
  const types: (EntityType | null)[] = new Array<EntityType | null>(input.tokens.length).fill(null);
  if (input.mentions.length === 0) return types;
  let m = 0;
  input.tokens.forEach((token, i) => {
    while (m < input.mentions.length && (input.mentions[m]?.end ?? 0) <= token.start) m++;
    const mention = input.mentions[m];
    if (mention && mention.start <= token.start && token.start < mention.end) types[i] = gazetteer.types.get(mention.entityKey) ?? null;
  });
  return types;
}
