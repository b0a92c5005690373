import type { Token } from '@/lib/tagging/token';
import type { NameMatch } from './name-matches';
import { keyOf } from './query-words';

/** Words compared with names by trigrams: a misspelt name has a word or three ("Shanghai Cooperaton Organisation"). */
export const FUZZY_WORDS = 3;
/** Shorter sequences have too few trigrams to tell a misspelling from another word. */
const FUZZY_MIN_LENGTH = 5;
/** Of several entities near a sequence, those this close to the nearest are all taken. */
const TIE = 0.02;

/** The query's word sequences worth comparing with names by trigrams, in EntityName.normalized form. */
export function fuzzyKeys(runs: readonly Token[][]): string[] {
  const keys = new Set<string>();
  for (const tokens of runs) {
    for (let start = 0; start < tokens.length; start++) {
      for (let end = start + 1; end <= Math.min(tokens.length, start + FUZZY_WORDS); end++) {
        const key = keyOf(tokens.slice(start, end));
        if (key.length >= FUZZY_MIN_LENGTH && !/^[\p{N} ]+$/u.test(key)) keys.add(key);
      }
    }
  }
  return [...keys];
}

export interface FuzzyEntity {
  id: string;
  keys: readonly string[];
  sims: readonly number[];
  /** The cores of its names ("Ochamchira", "Ochamchire"): searched as words of their own. */
  cores: readonly string[];
}

/**
 * Names misspelt or transliterated otherwise, anywhere in the query: the longest sequence of free
 * words (not `taken` by an exact name or a vocabulary term) that looks like some entity's name,
 * left to right. Each becomes a match like an exact name's, with the entity's name cores as
 * variants, since "Ochamchire" stands for the place where texts say "Ochamchira".
 */
export function fuzzyMatches(runs: readonly Token[][], entities: readonly FuzzyEntity[], taken: (token: Token) => boolean): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const tokens of runs) {
    let start = 0;
    while (start < tokens.length) {
      const found = bestAt(tokens, start, entities, taken);
      if (!found) {
        start++;
        continue;
      }
      const first = tokens[start];
      const last = tokens[start + found.words - 1];
      if (first && last) {
        const chosen = found.entities;
        matches.push({
          start: first.start,
          end: last.after,
          entityIds: chosen.map((e) => e.id).sort(),
          variants: [...new Set(chosen.flatMap((e) => e.cores))],
        });
      }
      start += found.words;
    }
  }
  return matches;
}

function bestAt(
  tokens: readonly Token[],
  start: number,
  entities: readonly FuzzyEntity[],
  taken: (token: Token) => boolean,
): { words: number; entities: FuzzyEntity[] } | undefined {
  for (let words = Math.min(FUZZY_WORDS, tokens.length - start); words > 0; words--) {
    const span = tokens.slice(start, start + words);
    if (span.some(taken)) continue;
    const key = keyOf(span);
    const scored = entities
      .map((e) => ({ e, sim: e.sims[e.keys.indexOf(key)] ?? -1 }))
      .filter((s) => s.sim >= 0);
    const best = Math.max(...scored.map((s) => s.sim));
    if (scored.length > 0) return { words, entities: scored.filter((s) => s.sim >= best - TIE).map((s) => s.e) };
  }
  return undefined;
}
