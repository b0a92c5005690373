import { readAffiliatedAuthor } from './author-lines';
import type { DateLine } from './date-line';
import { open, removeTagRuns, takeBareByline, type Candidate } from './header-lines';
import { isMetadataLine, readHeaderMeta, type MetaItem } from './header-meta';
import { logRemoval, type LoggedRemoval } from './removed-log';
import { isBareOutletName, readCreditLine, readMastheadName, readSiteHeader, splitOutletPrefix, splitOutletSuffix, splitTitleAndSite } from './site-header';
import { caseScore, hasTerminalPunctuation, isProse, lineKey, looksLikeTitle, wordCount } from './text-shape';

export interface HeaderPublication {
  name: string;
  abbreviation: string | null;
  evidence: string;
}

export interface HeaderResult {
  title: string | null;
  authors: string[];
  labelPublication: HeaderPublication | null;
  sitePublication: HeaderPublication | null;
  issue: string | null;
  /** The page's address, from an "Address:" line. */
  address: string | null;
  dates: DateLine[];
  /** Header lines that are article text after all, such as a standfirst. */
  paragraphs: string[];
  removed: LoggedRemoval[];
  notes: string[];
}

// Breadcrumb-like runs of labels above a headline ("Home", "News", "Central Asia") are short.
const MAX_SECTION_LABELS = 4;
const WRAPPED_LINE_WORDS = 6;
// "…on its territory, said the President of the Republic": a lead's attribution. Headlines say "says".
const REPORTED_SPEECH = /,\s*(?:said|told|stated|noted|added|quoted\s+by)\b|\b(?:said|told\s+\p{L}+)\s+(?:on|in|at)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)/iu;
const REPORTED_SPEECH_WORDS = 10;
const DANGLING_END = /\s(?:in|on|at|of|the|a|an|and|or|to|for|with|from|by|as|that)$/iu;
// The headings of a report's parts are never its title: "Executive Summary", "Key Takeaways", "Введение".
const REPORT_SECTION = /^(?:executive\s+summary|summary|abstract|introduction|background(?:\s+information)?|key\s+(?:takeaways|findings|points)|conclusions?|overview|contents|table\s+of\s+contents|аннотация|введение|резюме|заключение|содержание)$/iu;

function applyMeta(r: HeaderResult, item: MetaItem, line: number, text: string, credits: number[]): void {
  if (item.type === 'furniture') {
    logRemoval(r.removed, line, item.kind, item.text);
    if (item.kind === 'image-credit') credits.push(line);
    return;
  }
  if (item.type === 'date') {
    if (item.date.date) r.dates.push(item.date);
    else r.notes.push(...item.date.notes);
    return;
  }
  const label = item.label;
  if (label.kind === 'note') {
    logRemoval(r.removed, line, 'other', text);
    r.notes.push(`"${text}" names where the facts came from, not the publication`);
    return;
  }
  if (label.kind === 'issue') {
    r.issue ??= label.issue;
    return;
  }
  if (label.kind === 'address') {
    r.address ??= label.url;
    return;
  }
  if (label.date?.date) r.dates.push(label.date);
  if (label.kind === 'authors') {
    for (const name of label.names) if (!r.authors.includes(name)) r.authors.push(name);
    if (label.publication) r.labelPublication ??= { name: label.publication, abbreviation: null, evidence: text };
  } else if (r.labelPublication) {
    r.notes.push(`Second publication label "${text}" ignored`);
  } else {
    r.labelPublication = { name: label.name, abbreviation: label.abbreviation, evidence: text };
    r.issue ??= label.issue;
  }
}

const fold = (s: string): string => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** The same short line twice in a row next to an image credit is the image's caption. */
function removeCaptions(cs: Candidate[], credits: number[], log: LoggedRemoval[]): void {
  for (const [i, a] of cs.entries()) {
    const b = cs[i + 1];
    if (!b || a.role !== 'open' || b.role !== 'open' || b.line !== a.line + 1) continue;
    if (lineKey(a.text) !== lineKey(b.text)) continue;
    if (!credits.includes(a.line - 1) && !credits.includes(b.line + 1)) continue;
    for (const c of [a, b]) {
      c.role = 'removed';
      logRemoval(log, c.line, 'image-caption', c.text);
    }
  }
}

/** "NewsCentral Asia's Bold Move…" beside "Central Asia's Bold Move…": a section label glued on. */
function removeGluedLabels(cs: Candidate[], log: LoggedRemoval[]): void {
  for (const a of open(cs)) {
    const b = open(cs).find((o) => o !== a && a.text.length > o.text.length && fold(a.text).endsWith(fold(o.text)));
    if (!b) continue;
    const cut = a.text.length - b.text.length;
    const label = a.text.slice(0, cut).trim();
    // "Uzbekistan 05/08/2021 Headline": a section label and a numeric date stamp glued on.
    if (!/^[\p{L}][\p{L}\s&'’-]*(?:\s+[\d./:-]+)*$/u.test(label) || wordCount(label) > 4 || label.length > 36) continue;
    a.role = 'removed';
    logRemoval(log, a.line, 'section-label', label);
    logRemoval(log, a.line, 'repeated-headline', a.text.slice(cut).trim());
  }
}

/** "Headline | Site" repeating another header line names the site. */
function removeBrowserTitles(cs: Candidate[], r: HeaderResult): void {
  for (const c of open(cs)) {
    const others = new Set(open(cs).filter((o) => o !== c).map((o) => lineKey(o.text)));
    const site = splitTitleAndSite(c.text, others, lineKey);
    if (!site) continue;
    c.role = 'removed';
    r.sitePublication ??= { ...site, evidence: c.text };
    logRemoval(r.removed, c.line, 'site-header', c.text);
  }
}

/** A site's bare name as the first line, directly above a longer headline. */
function removeMastheadName(cs: Candidate[], r: HeaderResult): void {
  const [first, next] = open(cs);
  if (!first || !next || !looksLikeTitle(next.text) || wordCount(next.text) <= wordCount(first.text)) return;
  const site = readMastheadName(first.text);
  if (!site) return;
  first.role = 'removed';
  r.sitePublication ??= { ...site, evidence: first.text };
  logRemoval(r.removed, first.line, 'site-header', first.text);
}

const isLabelShaped = (text: string): boolean =>
  wordCount(text) <= 2 && text.length <= 20 && !hasTerminalPunctuation(text);

/** One- or two-word lines ("News", "Home", "Analysis") standing above the real headline. */
function removeSectionLabels(cs: Candidate[], log: LoggedRemoval[]): void {
  const candidates = open(cs);
  // Labels are one or two words: a headline of three or more stands out from them.
  const headline = candidates.findIndex((c) => looksLikeTitle(c.text) && wordCount(c.text) >= 3);
  if (headline < 1 || headline > MAX_SECTION_LABELS) return;
  const labels = candidates.slice(0, headline);
  if (!labels.every((c) => isLabelShaped(c.text))) return;
  for (const c of labels) {
    c.role = 'removed';
    logRemoval(log, c.line, 'section-label', c.text);
  }
}

/**
 * "Topics menu / Security / Headline / 20 October 2025": below the menus, a section label sits
 * right above the headline, and a date or by-line right below it. Everything above such a
 * headline is the site's navigation.
 */
function removeNavigationAboveHeadline(cs: Candidate[], metaLines: Set<number>, log: LoggedRemoval[]): void {
  const candidates = open(cs);
  const at = candidates.findIndex((c, i) => {
    const above = candidates[i - 1];
    return i >= 2 && metaLines.has(c.line + 1) && looksLikeTitle(c.text) && wordCount(c.text) >= 3 && above !== undefined && above.line === c.line - 1 && isLabelShaped(above.text);
  });
  if (at < 2) return;
  for (const c of candidates.slice(0, at)) {
    c.role = 'removed';
    logRemoval(log, c.line, 'section-label', c.text);
  }
}

/** Why a headline-shaped line is not the headline after all, or null when it is one. */
function notAHeadline(c: Candidate, lineAfter: (line: number) => string | undefined): string | null {
  if (!looksLikeTitle(c.text)) return 'does not read as a headline';
  if (isBareOutletName(c.text)) return "is an outlet's name, a credit";
  if (REPORT_SECTION.test(c.text)) return 'is the heading of a part of a report';
  // A headline has more than one word; a lone word above the text is a tag or a section.
  if (wordCount(c.text) === 1) return 'is a single word, a tag or a section';
  // A line ending on "in", "the" or "and" breaks off mid-sentence: text wrapped at a fixed width.
  if (DANGLING_END.test(c.text) && lineAfter(c.line) !== undefined) return 'breaks off mid-sentence';
  if (REPORTED_SPEECH.test(c.text) && wordCount(c.text) >= REPORTED_SPEECH_WORDS) return 'reports what someone said, as a lead sentence does';
  // Text wrapped at a fixed width: the next line goes on with the same sentence, in lower case and
  // with its punctuation ("drill yesterday in Chelyabinsk. The maneuver…"), unlike a widget's words.
  const next = lineAfter(c.line) ?? '';
  const runsOn = /^\p{Ll}/u.test(next) && wordCount(next) >= WRAPPED_LINE_WORDS && /[.,;]/u.test(next) && !isMetadataLine(next);
  if (!hasTerminalPunctuation(c.text) && runsOn) return 'runs on into the next line, so it is running text';
  return null;
}

function chooseTitle(cs: Candidate[], r: HeaderResult, lineAfter: (line: number) => string | undefined): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of open(cs)) groups.set(lineKey(c.text), [...(groups.get(lineKey(c.text)) ?? []), c]);
  const [titleGroup] = groups.values();
  if (titleGroup) {
    const best = titleGroup.reduce((a, b) => (caseScore(b.text) > caseScore(a.text) ? b : a));
    const why = notAHeadline(best, lineAfter);
    if (!why) {
      best.role = 'title';
      const suffixed = splitOutletSuffix(best.text) ?? splitOutletPrefix(best.text);
      r.title = suffixed?.title ?? best.text;
      if (suffixed) {
        r.sitePublication ??= { ...suffixed.site, evidence: best.text };
        r.notes.push(`"${suffixed.site.name}" beside the headline read as the outlet`);
      }
      for (const c of titleGroup.filter((c) => c !== best)) {
        c.role = 'removed';
        logRemoval(r.removed, c.line, 'repeated-headline', c.text);
      }
      groups.delete(lineKey(best.text));
    } else {
      r.notes.push(`First header line "${best.text}" ${why}; no title taken`);
    }
  }
  // Any other line written twice is an image's alt text and caption, not article text.
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const prose = isProse(group[0]?.text ?? '');
    // A long paragraph pasted twice keeps its first copy; short repeated lines go entirely.
    for (const c of prose ? group.slice(1) : group) {
      c.role = 'removed';
      logRemoval(r.removed, c.line, prose ? 'other' : 'image-caption', c.text);
    }
  }
}

/** "Anadolu Agency TÜRKIYE" right above or below the date: the outlet's credit, not text. */
function removeCreditLines(cs: Candidate[], metaLines: Set<number>, r: HeaderResult): void {
  for (const c of open(cs)) {
    if (!metaLines.has(c.line - 1) && !metaLines.has(c.line + 1)) continue;
    const site = readCreditLine(c.text);
    if (!site) continue;
    c.role = 'removed';
    r.sitePublication ??= { ...site, evidence: c.text };
    logRemoval(r.removed, c.line, 'site-header', c.text);
  }
}

/**
 * Reads the header: the short lines before the first paragraph of running text. `following` is
 * the first line after them, if any.
 */
export function readHeader(lines: string[], following?: string): HeaderResult {
  const r: HeaderResult = {
    title: null,
    authors: [],
    labelPublication: null,
    sitePublication: null,
    issue: null,
    address: null,
    dates: [],
    paragraphs: [],
    removed: [],
    notes: [],
  };
  const candidates: Candidate[] = [];
  const credits: number[] = [];
  const metaLines = new Set<number>();
  // A paper's scholars, each with degree and post, open the page only when its title was not copied:
  // the headings below them name its parts.
  let scholarsFirst = false;
  lines.forEach((text, line) => {
    if (candidates.length === 0 && readAffiliatedAuthor(text)) scholarsFirst = true;
    const meta = readHeaderMeta(text);
    if (meta?.some((item) => item.type === 'date' || (item.type === 'label' && item.label.kind === 'authors'))) metaLines.add(line);
    if (meta) return meta.forEach((item) => applyMeta(r, item, line, text, credits));
    // A masthead only counts above the headline; below it such a line is the article's own text.
    const site = candidates.length === 0 ? readSiteHeader(text) : null;
    if (!site) return void candidates.push({ line, text, role: 'open' });
    r.sitePublication ??= { ...site, evidence: text };
    logRemoval(r.removed, line, 'site-header', text);
  });
  removeCaptions(candidates, credits, r.removed);
  removeTagRuns(candidates, r.removed);
  removeGluedLabels(candidates, r.removed);
  removeBrowserTitles(candidates, r);
  removeMastheadName(candidates, r);
  removeSectionLabels(candidates, r.removed);
  removeNavigationAboveHeadline(candidates, metaLines, r.removed);
  if (scholarsFirst) r.notes.push("The page opens with its authors' affiliations; the lines below them are its parts, not its title");
  else chooseTitle(candidates, r, (line) => lines[line + 1] ?? (line === lines.length - 1 ? following : undefined));
  removeCreditLines(candidates, metaLines, r);
  takeBareByline(candidates, r, metaLines, lines.length - 1);
  // "POLITICS" between the headline and its date is the section, not a line of the article.
  for (const c of open(candidates)) {
    if (!isLabelShaped(c.text) || !metaLines.has(c.line + 1)) continue;
    c.role = 'removed';
    logRemoval(r.removed, c.line, 'section-label', c.text);
  }
  r.paragraphs = open(candidates).map((c) => c.text);
  return r;
}
