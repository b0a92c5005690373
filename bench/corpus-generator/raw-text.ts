import type { Dateline } from './dates';
import type { Random } from './random';

export interface GeneratedParagraph {
  kind: 'TEXT' | 'HEADING';
  text: string;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'without']);

/** Headline case: every word capitalised but short function words, the first word always. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

function names(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

interface Parts {
  title: string;
  authors: readonly string[];
  outlet: string | null;
  published: Dateline | null;
  paragraphs: readonly GeneratedParagraph[];
}

/**
 * The article as received text, in the header layouts the importer reads ("Author:", "By …",
 * "Publication:" or "Source:" labels, the date on its own line) and with paragraphs separated by
 * blank lines.
 */
export function rawText({ title, authors, outlet, published, paragraphs }: Parts, random: Random): string {
  const header = [title];
  if (authors.length > 0) header.push(random.chance(0.5) ? `By ${names(authors)}` : `Author: ${names(authors)}`);
  const source = outlet ? `${random.chance(0.7) ? 'Publication' : 'Source'}: ${outlet}` : null;
  if (source && random.chance(0.5)) header.push(source);
  if (published) header.push(published.text);
  if (source && !header.includes(source)) header.push(source);
  return [header.join('\n'), ...paragraphs.map((p) => p.text)].join('\n\n') + '\n';
}
