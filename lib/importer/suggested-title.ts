import type { ParsedParagraph } from './types';

const MAX_WORDS = 12;
// "ASTANA, Sept 7 (Reuters) –", "ALMATY (AP) -", "Baku, 3 May –": a dateline, not the story.
const DATELINE = /^[\p{Lu}][\p{L}\s.'-]{1,40}(?:,\s*[^()–—-]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[–—-]+\s+/u;
const SENTENCE_END = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|U\.S|No|vs))[.!?](?=\s+[\p{Lu}"“]|$)/u;

/**
 * A title for an article that states none: its lead sentence without the dateline, cut at a
 * clause break to at most twelve words. Always shown as suggested, never as the text's own title.
 */
export function suggestTitle(paragraphs: readonly ParsedParagraph[]): string | null {
  const lead = paragraphs.find((p) => p.kind === 'text' && p.text.split(/\s+/).length >= 6)?.text;
  if (!lead) return null;
  const undated = lead.replace(DATELINE, '');
  const end = SENTENCE_END.exec(undated);
  const sentence = (end ? undated.slice(0, end.index) : undated).trim();
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_WORDS) return sentence.replace(/[,;:]$/, '');
  const head = words.slice(0, MAX_WORDS).join(' ');
  // Prefer ending at the last comma or dash inside the first twelve words, when it leaves enough.
  const clause = /^(.{25,}?)[,;:–—](?=[^,;:–—]*$)/u.exec(head)?.[1];
  return `${(clause ?? head).replace(/[,;:]$/, '').trim()}…`;
}
