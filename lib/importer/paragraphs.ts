import type { ParsedParagraph } from './types';
import { endsWithSentenceStop, hasTerminalPunctuation, isProse, wordCount } from './text-shape';

const MAX_HEADING_WORDS = 15;
const MAX_HEADING_CHARS = 120;

function isHeadingShape(text: string): boolean {
  return (
    wordCount(text) <= MAX_HEADING_WORDS &&
    text.length <= MAX_HEADING_CHARS &&
    !hasTerminalPunctuation(text) &&
    /^[\p{Lu}\p{N}"“‘'(]/u.test(text)
  );
}

function isRunningText(text: string): boolean {
  return isProse(text) || (endsWithSentenceStop(text) && wordCount(text) >= 8);
}

/**
 * Body lines as paragraphs. A short unpunctuated line followed by running text is a subheading;
 * anything else is kept as text, exactly as written.
 */
export function toParagraphs(lines: string[]): ParsedParagraph[] {
  return lines.map((text, i) => {
    const next = lines[i + 1];
    const heading = isHeadingShape(text) && next !== undefined && isRunningText(next);
    return { kind: heading ? 'heading' : 'text', text };
  });
}
