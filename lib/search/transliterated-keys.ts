import transliterate from '@sindresorhus/transliterate';
import { normalizeForMatch } from '@/lib/tagging/normalize-for-match';
import type { NameRow } from './name-lookup';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Fuzzy keys in Cyrillic with their Latin transliteration beside them: a Russian query names
 * places the knowledge base knows only in Latin letters ("Очамчире" is "Ochamchire", "Нахичевани"
 * near "Nakhichevan"), so both are compared with the names by trigrams. `origin` maps each
 * transliteration back to the key the query's words make.
 */
export function withTransliterations(keys: readonly string[]): { keys: string[]; origin: Map<string, string> } {
  const origin = new Map<string, string>();
  for (const key of keys) {
    if (!CYRILLIC.test(key)) continue;
    const latin = normalizeForMatch(transliterate(key));
    if (latin && latin !== key && !keys.includes(latin)) origin.set(latin, key);
  }
  return { keys: [...keys, ...origin.keys()], origin };
}

/** The rows' fuzzy matches on transliterations, credited to the query's own key (the nearer one when both matched). */
export function creditTransliterations(rows: readonly NameRow[], origin: ReadonlyMap<string, string>): NameRow[] {
  if (origin.size === 0) return [...rows];
  return rows.map((row) => {
    if (!row.fuzzyKeys || !row.fuzzySims) return row;
    const best = new Map<string, number>();
    row.fuzzyKeys.forEach((key, i) => {
      const own = origin.get(key) ?? key;
      const sim = row.fuzzySims?.[i] ?? 0;
      best.set(own, Math.max(best.get(own) ?? 0, sim));
    });
    const keys = [...best.keys()].sort();
    return { ...row, fuzzyKeys: keys, fuzzySims: keys.map((k) => best.get(k) ?? 0) };
  });
}
