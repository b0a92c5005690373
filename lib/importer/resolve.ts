import type { BodyResult } from './body';
import { readDateLine, type DateLine } from './date-line';
import type { HeaderResult } from './header';
import { siteNamedByHost } from './host-name';
import { looksLikeName } from './labels';
import { findPublicationInText, type TextPublication } from './publication-in-text';
import type { ParsedDate, ParsedParagraph, ParsedPublication } from './types';

const ROLE_RANK = { published: 0, plain: 1, updated: 2 } as const;

/**
 * The publication, from the strongest evidence stated: a label, the masthead, a site name glued
 * to the last sentence, a dateline or an outlet crediting its own source, a closing "Source:"
 * line, the copyright line, and only then an outlet the text names as its interviewer.
 */
export function resolvePublication(
  header: HeaderResult,
  body: BodyResult,
  paragraphs: ParsedParagraph[],
  notes: string[],
): ParsedPublication | null {
  const glued = body.gluedSite;
  const stated = header.labelPublication
    ? { ...header.labelPublication, provenance: 'label' as const }
    : header.sitePublication
      ? { ...header.sitePublication, provenance: 'header' as const }
      : null;
  if (stated) {
    if (glued && glued.name !== stated.name) {
      notes.push(`Site name "${glued.name}" glued to the last sentence differs from the publication "${stated.name}"`);
    }
    return stated;
  }
  if (glued) return { name: glued.name, abbreviation: null, provenance: 'footer', evidence: glued.evidence };
  const found = findPublicationInText(paragraphs.filter((p) => p.kind === 'text').map((p) => p.text));
  const footer = found?.strength === 'stated' ? null : (body.sourceCredit ?? body.copyright);
  if (footer) {
    if (found) notes.push(`Outlet "${found.name}" named in the text ("${found.evidence}") not used`);
    return { name: footer.name, abbreviation: null, provenance: 'footer', evidence: footer.evidence };
  }
  // A dateline or an outlet crediting its own source states who filed the story.
  if (found?.strength === 'stated') return fromText(found, notes);
  // The page's address names the site when the page writes that name somewhere: stronger than an
  // outlet the text only mentions, which may be another one.
  const texts = [...paragraphs.map((p) => p.text), ...header.removed.map((r) => r.text), ...body.removed.map((r) => r.text)];
  const byHost = siteNamedByHost(header.address, texts);
  if (byHost) {
    if (found) notes.push(`Outlet "${found.name}" named in the text ("${found.evidence}") not used`);
    notes.push(`Publication "${byHost.name}" is the name the page writes for its address's host; verify`);
    return { name: byHost.name, abbreviation: null, provenance: 'text', evidence: byHost.evidence };
  }
  return found ? fromText(found, notes) : null;
}

function fromText(found: TextPublication, notes: string[]): ParsedPublication {
  notes.push(`Publication "${found.name}" inferred from the text ("${found.evidence}"); verify`);
  return { name: found.name, abbreviation: found.abbreviation, evidence: found.evidence, provenance: 'text' };
}

/** The publication date: a "Published" line beats a bare date, which beats an "Updated" line. */
export function resolvePublished(header: HeaderResult, body: BodyResult, notes: string[]): ParsedDate | null {
  const ranked = [...header.dates.map((d) => ({ d, below: false })), ...body.dates.map((d) => ({ d, below: true }))]
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => ROLE_RANK[a.d.role] - ROLE_RANK[b.d.role] || a.order - b.order);
  const chosen = ranked[0];
  if (!chosen?.d.date) return datelineDate(header, body, notes);
  const date = chosen.d.date;
  notes.push(...chosen.d.notes);
  if (chosen.d.role === 'updated') {
    notes.push(`Only an update date is stated ("${date.text}"); used as the publication date`);
  }
  if (chosen.below) notes.push(`Date "${date.text}" taken from a line below the article body`);
  for (const { d } of ranked.slice(1)) {
    if (d.date && d.date.iso !== date.iso) notes.push(describeUnused(d));
  }
  return date;
}

function describeUnused(d: DateLine): string {
  const label = d.role === 'plain' ? 'date' : `${d.role} date`;
  return `Another ${label} "${d.text}" was stated and not used`;
}

// "DUSHANBE, September 15, 2012, Asia-Plus —", "Brussels 06.01.2022 Jane Doe The…": a dateline's
// date is when the story was filed.
const DATELINE_DATES = [
  /^[\p{Lu}][\p{Lu} .'-]{2,30},\s+([^,()]{3,25},\s+\d{4})[,\s]/u,
  /^[\p{Lu}][\p{L}.'-]{2,30}(?:\s[\p{Lu}][\p{L}.'-]{2,30})?,?\s+(\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})\s/u,
  // "Baku, 18 September 2021 (TDI): …"
  /^[\p{Lu}][\p{L}.'-]{2,30},\s+(\d{1,2}\s+\p{L}{3,}\.?\s+(?:19|20)\d{2})\s+\(/u,
];

// A short lead ("Baku, 18 September 2021 (TDI): Drills continue in Baku.") may stay among the
// header's lines; the dateline opens the first of them or the body.
const MAX_HEADER_LEADS = 2;

function datelineDate(header: HeaderResult, body: BodyResult, notes: string[]): ParsedDate | null {
  const leads = [...header.paragraphs.slice(0, MAX_HEADER_LEADS), body.paragraphs.find((p) => p.kind === 'text')?.text ?? ''];
  const stated = leads.flatMap((lead) => DATELINE_DATES.map((re) => re.exec(lead)?.[1])).find((d) => d !== undefined);
  const date = stated ? readDateLine(stated)?.date : null;
  if (!date) return null;
  notes.push(`Date "${date.text}" taken from the dateline`);
  return date;
}

const NAME_PART = String.raw`(?:[\p{Lu}][\p{L}'’-]+|van|von|de|der|den|al|el|bin)`;
// "Brussels 06.01.2022 Jane van Doe The Council approved…": a by-line run into a dateline when the
// page was copied; the name ends where a sentence visibly begins.
const DATELINE_BYLINE = new RegExp(
  String.raw`^[\p{Lu}][\p{L}.'-]{2,30}(?:\s[\p{Lu}][\p{L}.'-]{2,30})?,?\s+\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s+(${NAME_PART}(?:\s+${NAME_PART}){1,3})\s+(?:The|A|An|In|On|At|After|As|According|This|Last|Earlier|Following|During|Since)\s`,
  'u',
);

// "China News Agency, Orenburg, September 10 (Reporter Li Chun) On…": the reporter named in the dateline.
const DATELINE_REPORTER = /^[^()]{3,80}?\((?:[Rr]eporters?|[Cc]orrespondents?)\s+([^()]{3,60})\)\s/u;

/** The author of a by-line run into the dateline, when no by-line or credit names one. */
export function datelineAuthors(body: BodyResult, notes: string[]): string[] {
  const lead = body.paragraphs.find((p) => p.kind === 'text')?.text ?? '';
  const reporters = DATELINE_REPORTER.exec(lead)?.[1]?.split(/\s*(?:,|、|\band\b)\s*/u).map((n) => n.trim());
  if (reporters?.length && reporters.every((n) => looksLikeName(n) && n.includes(' '))) {
    notes.push(`Author "${reporters.join(', ')}" read from the dateline`);
    return reporters;
  }
  const name = DATELINE_BYLINE.exec(lead)?.[1];
  if (!name || !looksLikeName(name) || !/[\p{Lu}][\p{L}'’-]+$/u.test(name)) return [];
  notes.push(`Author "${name}" read from the dateline`);
  return [name];
}
