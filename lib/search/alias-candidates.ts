import { normalizeForMatch } from '@/lib/tagging/normalize-for-match';

/**
 * The whole query without websearch syntax, folded as EntityName.normalized is ("Unity-2024" →
 * "unity 2024"): what a misspelt name is compared with by trigram similarity.
 */
export function wholeQueryKey(q: string): string {
  // Negated words and the OR operator are not part of a name.
  const words = q
    .replace(/"[^"]*"/g, (phrase) => phrase.replace(/-/g, ' '))
    .replace(/(^|\s)-\S+/g, ' ')
    .replace(/(^|\s)or(?=\s|$)/gi, ' ')
    .replace(/"/g, ' ');
  return normalizeForMatch(words);
}

/** Removes characters PostgreSQL text cannot hold (NUL) and other controls, and cuts to length. */
export function cleanQuery(raw: string, max: number): { q: string; truncated: boolean } {
  const cleaned = raw.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  const chars = [...cleaned];
  if (chars.length <= max) return { q: cleaned, truncated: false };
  return { q: chars.slice(0, max).join('').trim(), truncated: true };
}

/**
 * Dashes inside a word become spaces, as the migration's search_fold does to documents, so that
 * "Unity-2024" is not read as "unity" and the number "-2024"; a leading minus still excludes.
 */
export function foldDashes(q: string): string {
  return q.replace(/(?<=\S)[-‐‑‒–—―](?=\S)/g, ' ').replace(/[‐‑‒–—―]/g, ' ');
}
