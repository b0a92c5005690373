/** What a fact or a date rests on, as an editor types it: a cited paragraph or a reference. */

/** `[^article-slug#p-3]` (what the picker inserts), or the same without the brackets. */
export function parseParagraphCitation(value: string): { articleSlug: string; position: number } | null {
  const m = /^\s*(?:\[\^)?([a-z0-9][a-z0-9-]*)#p-(\d{1,5})\]?\s*$/.exec(value);
  if (!m) return null;
  return { articleSlug: m[1] as string, position: Number(m[2]) };
}

/** Folds what differs between a copied quote and the stored text: typographic quotes, dashes, spacing, case. */
export function foldForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/** The quoted words must occur in the paragraph as written (spacing, case and quote marks aside). */
export function quoteOccursIn(quote: string, paragraph: string): boolean {
  const q = foldForQuote(quote);
  return q.length > 0 && foldForQuote(paragraph).includes(q);
}

export const MAX_REFERENCE_QUOTE_WORDS = 25;

export function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}
