/**
 * Letters that NFKD leaves whole but readers treat as the plain Latin letter, so "Ilıcak" and
 * "Ilicak" or "Łódź" and "Lodz" compare equal. Final sigma folds so Greek case does not matter.
 */
const FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ',
};
const FOLDABLE = /[ıłøđðħßæœþς]/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

// Articles repeat the same words; a bounded memo avoids NFKD on every occurrence.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** One token's comparison key: case-folded, compatibility-decomposed, without diacritics. */
export function normalizeToken(token: string): string {
  if (ASCII.test(token)) return token.toLowerCase();
  const known = memo.get(token);
  if (known !== undefined) return known;
  const key = token
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, key);
  return key;
}
