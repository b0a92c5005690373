const DEK_MAX = 320;

/** The first paragraph of a brief as plain text: citations dropped, links reduced to their words. */
export function plainDek(markdown: string): string {
  const block = markdown
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .find((b) => b && !/^(#{1,6}\s|::|>|[-*+]\s|\d+\.\s|\||```)/.test(b));
  const text = (block ?? '')
    .replace(/\[\^[^\]\n]*\]/g, '')
    .replace(/\[\[([^[\]|\n]*)\|([^[\]\n]*)\]\]/g, '$2')
    .replace(/\[\[([^[\]\n]*)\]\]/g, '$1')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    // A citation dropped before punctuation ("no part [^a#p-1].") would leave a space before it.
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
  if (text.length <= DEK_MAX) return text;
  const cut = text.slice(0, DEK_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DEK_MAX - 40))}…`;
}
