/**
 * Comparators shared by the comparison. Slugs and keys compare by code unit, not locale, so the
 * order is the same on every server; names use a fixed English collation for readers.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNames(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return collator.compare(a.name, b.name) || compareText(a.name, b.name) || compareText(a.slug, b.slug);
}
