// Header lines that are neither headline nor metadata at first sight: a name alone under the
// headline, and a run of tags above it.
import { readBareByline } from './author-lines';
import type { HeaderResult } from './header';
import { logRemoval, type LoggedRemoval } from './removed-log';

export interface Candidate {
  line: number;
  text: string;
  role: 'open' | 'title' | 'removed';
}

export const open = (cs: Candidate[]): Candidate[] => cs.filter((c) => c.role === 'open');

const TAG_RUN_WORDS = 4;
const MIN_TAG_LETTERS = 4;
const JOINING_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'for', 'with', 'about', 'more', 'after', 'и', 'или', 'в', 'на', 'о', 'с', 'по', 'для', 'за', 'после']);

/**
 * "Сергей Шойгу Узбекистан Узбекистан политика оборона", "Таджикистан общество пандемия Таджикистан":
 * a page's tags run together. No punctuation, and a word written twice, as no headline is.
 */
export function isTagRun(text: string): boolean {
  if (/[.,:;!?"«»“”()–—|/]|\s-\s/u.test(text)) return false;
  const w = text.toLowerCase().split(/\s+/u);
  // Tags are names and nouns; "Drills and more drills" joins its words as a headline does.
  if (w.length < TAG_RUN_WORDS || w.some((x) => JOINING_WORDS.has(x))) return false;
  const words = w.filter((x) => x.length >= MIN_TAG_LETTERS);
  return new Set(words).size < words.length;
}

export function removeTagRuns(cs: Candidate[], log: LoggedRemoval[]): void {
  for (const c of open(cs)) {
    if (!isTagRun(c.text)) continue;
    c.role = 'removed';
    logRemoval(log, c.line, 'section-label', c.text);
  }
}

const inNameCase = (name: string): string =>
  name.split(/(\s+)/u).map((w) => (/^[\p{Lu}'’-]{2,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join('');

/**
 * A name alone on the first line under the headline ("Li Wei", "Даурен САДВАКАСОВ") is the by-line
 * when a date sits beside it or the text starts right after it; a name followed by the institution
 * it writes from ("Jane Doe Lviv Polytechnic National University, Ukraine") is one wherever it is.
 */
export function takeBareByline(cs: Candidate[], r: HeaderResult, metaLines: Set<number>, lastLine: number): void {
  const title = cs.find((c) => c.role === 'title');
  // "Paul Goble" alone above "Staunton, Mar. 26 – …": a blog's by-line, the page's title not copied.
  if (title && !r.authors.length && title.line === lastLine && readBareByline(title.text) === title.text && title.text.split(/\s+/u).length === 2) {
    title.role = 'removed';
    r.title = null;
    r.authors.push(inNameCase(title.text));
    r.notes.push(`"${title.text}" alone above the text is a name: read as the author, not the title`);
    return;
  }
  const next = title ? cs.find((c) => c.line > title.line && c.role !== 'removed') : undefined;
  if (r.authors.length || !next || next.role !== 'open') return;
  const name = readBareByline(next.text);
  if (!name) return;
  const alone = name === next.text.replace(/^[•·]\s*/u, '').trim();
  if (alone && !metaLines.has(next.line - 1) && !metaLines.has(next.line + 1) && next.line !== lastLine) return;
  next.role = 'removed';
  r.authors.push(inNameCase(name));
  r.notes.push(`Author "${name}" read from the line under the headline`);
}

