import slugify from '@sindresorhus/slugify';
import type { ParsedArticle } from './types';

const MAX_SLUG = 80;
const FALLBACK_WORDS = 12;
// Kazakh, Tajik and Uzbek Cyrillic letters the transliterator would otherwise drop, and Turkic
// ü/ö/ä, which it spells the German way (Türkiye → "tuerkiye").
const CENTRAL_ASIAN: Array<[string, string]> = [
  ['Ü', 'U'], ['ü', 'u'], ['Ö', 'O'], ['ö', 'o'], ['Ä', 'A'], ['ä', 'a'],
  ['Қ', 'Q'], ['қ', 'q'], ['Ғ', 'G'], ['ғ', 'g'], ['Ң', 'N'], ['ң', 'n'], ['Ө', 'O'], ['ө', 'o'],
  ['Ү', 'U'], ['ү', 'u'], ['Ұ', 'U'], ['ұ', 'u'], ['Һ', 'H'], ['һ', 'h'], ['Ә', 'A'], ['ә', 'a'],
  ['І', 'I'], ['і', 'i'], ['Ҷ', 'J'], ['ҷ', 'j'], ['Ҳ', 'H'], ['ҳ', 'h'], ['Ў', 'O'], ['ў', 'o'],
];

function truncate(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

function toSlug(text: string): string {
  return truncate(slugify(text, { decamelize: false, customReplacements: CENTRAL_ASIAN }));
}

/** URL slug from the title, else from the opening words of the first text paragraph. */
export function slugForArticle(a: Pick<ParsedArticle, 'title' | 'paragraphs'>): string {
  const fromTitle = a.title ? toSlug(a.title) : '';
  if (fromTitle) return fromTitle;
  const first = a.paragraphs.find((p) => p.kind === 'text') ?? a.paragraphs[0];
  const opening = first?.text.split(/\s+/).slice(0, FALLBACK_WORDS).join(' ') ?? '';
  return toSlug(opening) || 'article';
}
