/**
 * Shortens a title to at most `max` characters, cutting at a word boundary where one is near and
 * ending with an ellipsis, so a long source headline never spills off the card.
 */
export function truncateTitle(title: string, max: number): string {
  const text = title.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // One character more than fits, so a word that ends exactly at the limit is kept whole.
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  const head = space > cut.length * 0.6 ? cut.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Smaller type for longer titles: three lines at most at 1200 px wide. */
export function titleFontSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 40) return 68;
  if (length <= 80) return 56;
  return 46;
}
