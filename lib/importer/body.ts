import { copyrightHolder, readSourceCredit, signOffDate } from './credit-lines';
import { readDateLine, type DateLine } from './date-line';
import { furnitureKind } from './furniture';
import { readClosingCredit } from './labels';
import { splitGluedSiteName, type GluedSiteName } from './glued-site-name';
import { toParagraphs } from './paragraphs';
import { findRelatedTail } from './regions';
import { logRemoval, type LoggedRemoval } from './removed-log';
import { isProse, lineKey, wordCount } from './text-shape';
import type { ParsedParagraph } from './types';

export interface BodyResult {
  paragraphs: ParsedParagraph[];
  removed: LoggedRemoval[];
  notes: string[];
  /** Named by a closing credit ("Writing by X; editing by Y") in the last lines. */
  authors: string[];
  /** "Published …" lines found below the header, e.g. in a page footer. */
  dates: DateLine[];
  gluedSite: GluedSiteName | null;
  /** "Source: X" closing the text: the outlet it was carried from. */
  sourceCredit: FooterName | null;
  /** The holder of the page's copyright line. */
  copyright: FooterName | null;
}

export interface FooterName {
  name: string;
  evidence: string;
}

// A copyright line is short; a sentence that mentions copyright is article text.
const MAX_COPYRIGHT_WORDS = 15;

interface Kept {
  line: number;
  text: string;
}

/** Consecutive copies of a line: a caption pasted with its alt text, or a paragraph pasted twice. */
function removeRepeats(kept: Kept[], log: LoggedRemoval[], notes: string[]): Kept[] {
  const drop = new Set<Kept>();
  for (const [i, a] of kept.entries()) {
    const b = kept[i + 1];
    if (!b || lineKey(a.text) !== lineKey(b.text)) continue;
    if (isProse(a.text)) {
      drop.add(b);
      notes.push(`Paragraph repeated twice in a row; second copy dropped: "${b.text.slice(0, 60)}…"`);
      continue;
    }
    for (const c of [a, b]) drop.add(c);
  }
  for (const c of drop) logRemoval(log, c.line, isProse(c.text) ? 'other' : 'image-caption', c.text);
  return kept.filter((c) => !drop.has(c));
}

// A closing credit sits in the last lines, before any rating or comment widgets.
const CREDIT_WINDOW = 3;

function takeClosingCredit(kept: Kept[], r: BodyResult): Kept[] {
  for (const k of kept.slice(-CREDIT_WINDOW)) {
    const source = readSourceCredit(k.text);
    if (source) {
      r.sourceCredit ??= { name: source, evidence: k.text };
      const stamp = signOffDate(k.text);
      const date = stamp ? readDateLine(stamp) : null;
      if (date?.date) r.dates.push(date);
      logRemoval(r.removed, k.line, 'other', k.text);
      return takeClosingCredit(kept.filter((c) => c !== k), r);
    }
    const names = readClosingCredit(k.text);
    if (!names) continue;
    r.authors.push(...names.filter((n) => !r.authors.includes(n)));
    logRemoval(r.removed, k.line, 'other', k.text);
    return kept.filter((c) => c !== k);
  }
  return kept;
}

/** A bare date as the very last line ("Jul 15, 2017 19:42 UTC") is the page's publication stamp. */
function takeClosingStamp(kept: Kept[], r: BodyResult): Kept[] {
  const last = kept[kept.length - 1];
  const date = last && kept.length > 1 ? readDateLine(last.text) : null;
  if (!last || !date?.date) return kept;
  r.dates.push(date);
  logRemoval(r.removed, last.line, 'other', last.text);
  return kept.slice(0, -1);
}

/** Reads the body lines; `offset` is the index of the first of them in the whole document. */
export function readBody(lines: string[], offset: number): BodyResult {
  const r: BodyResult = { paragraphs: [], removed: [], notes: [], dates: [], gluedSite: null, authors: [], sourceCredit: null, copyright: null };
  const tail = findRelatedTail(lines);
  const end = tail === -1 ? lines.length : tail;
  lines.slice(end).forEach((text, i) => logRemoval(r.removed, offset + end + i, 'related-list', text));

  let kept: Kept[] = [];
  lines.slice(0, end).forEach((text, i) => {
    const line = offset + i;
    const holder = wordCount(text) <= MAX_COPYRIGHT_WORDS ? copyrightHolder(text) : null;
    if (holder) {
      r.copyright ??= { name: holder, evidence: text };
      return logRemoval(r.removed, line, 'other', text);
    }
    const kind = furnitureKind(text);
    if (kind) return logRemoval(r.removed, line, kind, text);
    const date = readDateLine(text, { requireLabel: true });
    if (!date) return void kept.push({ line, text });
    if (date.date) r.dates.push(date);
    else r.notes.push(...date.notes);
  });
  kept = removeRepeats(kept, r.removed, r.notes);
  kept = takeClosingCredit(kept, r);
  kept = takeClosingStamp(kept, r);

  const last = kept[kept.length - 1];
  const glued = last ? splitGluedSiteName(last.text) : null;
  if (last && glued) {
    last.text = glued.text;
    r.gluedSite = glued;
    logRemoval(r.removed, last.line, 'glued-site-name', glued.name);
  }
  r.paragraphs = toParagraphs(kept.map((k) => k.text));
  return r;
}
