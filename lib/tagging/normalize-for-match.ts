import { tokenize } from './tokenize';

/**
 * The form the tagger compares: words only (letters and digits, split where they change), each
 * case-folded and without diacritics, joined by single spaces; a possessive "'s" is dropped.
 * "Бірлестік (Unity) - 2024" → "бірлестік unity 2024"; "Türkiye’s" → "turkiye".
 */
export function normalizeForMatch(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(' ');
}
