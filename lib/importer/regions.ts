import { isMetadataLine } from './header-meta';
import { furnitureKind, isRelatedHeading } from './furniture';
import { endsWithSentenceStop, hasTerminalPunctuation, isProse, wordCount } from './text-shape';

// How far past the first paragraph a by-line or dateline may still belong to the header.
const LATE_METADATA_WINDOW = 3;
// Headers are a handful of lines; a text with no running prose is not read as one huge header.
const MAX_HEADER_LINES = 40;

/**
 * Index of the first body line. The header is the run of short lines before the first paragraph
 * of running text; a by-line placed just after a standfirst still belongs to it.
 */
export function findBodyStart(lines: string[]): number {
  // A long headline reads like prose by length alone; with no closing stop and a by-line or date
  // right below it, it is the headline of the header (unless it is a long by-line itself).
  const isHeadline = (l: string, i: number): boolean => !hasTerminalPunctuation(l) && isMetadataLine(lines[i + 1] ?? '') && !isMetadataLine(l);
  // A site notice ("A lock … means you've safely connected") can be two sentences long.
  let first = lines.findIndex((l, i) => isProse(l) && !isHeadline(l, i) && furnitureKind(l) === null);
  if (first === -1) first = lines.findIndex((l) => endsWithSentenceStop(l) && wordCount(l) >= 8 && furnitureKind(l) === null);
  if (first === -1) return Math.min(lines.length, MAX_HEADER_LINES);
  if (first > MAX_HEADER_LINES) return MAX_HEADER_LINES;
  let start = first;
  for (let i = first + 1; i <= first + LATE_METADATA_WINDOW && i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isProse(line)) break;
    if (isMetadataLine(line)) start = i + 1;
  }
  return start;
}

/**
 * Index of a "Related Articles"-style heading that opens the page's tail, or -1. It must follow
 * some running text and have less text after it than before, so a "Read more" in the middle of an
 * article never swallows the rest.
 */
export function findRelatedTail(lines: string[]): number {
  const words = lines.map(wordCount);
  const total = words.reduce((a, b) => a + b, 0);
  let before = 0;
  let seenProse = false;
  for (const [i, line] of lines.entries()) {
    const after = total - before - (words[i] ?? 0);
    if (seenProse && isRelatedHeading(line) && after < before) return i;
    before += words[i] ?? 0;
    seenProse ||= isProse(line);
  }
  return -1;
}
