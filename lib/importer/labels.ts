// Header labels: "Author: X", "By X and Y", "Publication: X Volume: 7 Issue: 22", "Source: X".
import { readAffiliatedAuthor } from './author-lines';
import { readDateLine, type DateLine } from './date-line';
import { isKnownAgency, looksLikeNewsOutlet, NON_OUTLET_WORD } from './outlet-words';

export type Label =
  | { kind: 'authors'; names: string[]; date: DateLine | null; publication?: string }
  | { kind: 'publication'; name: string; abbreviation: string | null; issue: string | null; date: DateLine | null }
  | { kind: 'issue'; issue: string }
  /** "Source: Ministry of Defence press office": where the facts came from, not who published them. */
  | { kind: 'note'; text: string }
  | { kind: 'address'; url: string };

const AUTHOR_LABEL = /^(?:authors?|writers?|written\s+by|автор|авторы)\s*:\s*(.+)$/iu;
const BY_LINE = /^(?:(?:written|reported|reporting|text|words|story|(?:story|text|words)\s+and\s+(?:photos?|pictures?)|photos?)\s+)?by\s*:?\s+(.+)$/i;
// Ranks and honorifics before a name: "Sgt. Lauren Twigg", "Capt. A. Karimov", "Dr. Jane Doe".
const RANK = /^(?:(?:staff|master|first|chief|command|lance|petty|warrant)\s+)?(?:sgt|sergeant|cpl|corporal|pvt|private|spc|specialist|pfc|lt|lieutenant|capt|captain|maj|major|col|colonel|gen|general|adm|admiral|cmdr|commander|officer|dr|prof|mr|mrs|ms)\.?\s+(?=[\p{Lu}])/iu;
// A unit or office written after the name without punctuation: "Lauren Twigg Arizona National Guard Public Affairs".
const AFFILIATION = /^\s+(?:(?:[\p{Lu}][\p{L}.'-]*|of|the|and|for)\s+)*(?:public\s+affairs|press\s+(?:office|service)|national\s+guard|army|navy|air\s+force|marines?|command|department|ministry|office|bureau|division|brigade|battalion|regiment|corps)(?:\s+(?:[\p{Lu}][\p{L}.'-]*|of|the))*$/iu;
const PUBLICATION_LABEL = /^(publication|published\s+in|publisher|source|outlet|journal|newspaper|источник)\s*:\s*(.+)$/iu;
const SOURCE_WORD = /^(?:source|источник)$/iu;
// "Via AP news wire": the agency whose copy the site carries.
const VIA_WIRE = /^via\s+(.+?)(?:\s+(?:news\s+)?wire)?$/iu;
// «text: "Kazakhstan Today"», «Источник: «Казахстан сегодня»»: a quoted name is an outlet's.
const QUOTED_SOURCE = /^(?:text|source|текст|источник)\s*:\s*["“«„]([^"“”«»„]{2,60})["”»“]\s*$/iu;
// "Address: https://…": the page the text was read from (the web importer writes it; see document-article.ts).
const ADDRESS_LABEL = /^(?:address|url|original\s+address|web\s+address)\s*:\s*(https?:\/\/\S+)$/iu;
const ISSUE_START = /(?:^|\s)(?:vol(?:ume)?\.?|issue|no\.|number|#)\s*:?\s*\d/i;
const ISSUE_LINE = /^(?:vol(?:ume)?\.?|issue)\s*:?\s*\d[\w\s:.,#-]*$/i;
const ROLES = [
  'editor', 'correspondent', 'reporter', 'assistant', 'fellow', 'analyst', 'writer', 'staff', 'contributor',
  'director', 'professor', 'researcher', 'journalist', 'intern', 'associate', 'columnist',
];
const ROLE = new RegExp(String.raw`\b(?:${ROLES.join('|')})s?\b`, 'i');
const PARTICLE = /^(?:de|da|del|della|di|du|dos|van|von|der|den|al|el|bin|ibn|la|le|y|ter)$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’./-]*$/u;
// Where a date may follow the names: "By X on April 3, 2024", "By X, 3 April 2024", "By X | …".
const SEPARATOR = /\s*(?:,|\||•|·|–|—|\s-|\s+on)\s+/giu;

function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:,|;|&|\band\b|\s и\s)\s*/i)
    .map((p) => p.trim().replace(/[.,;:]+$/u, ''))
    .filter((p) => p.length > 0);
}

export function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 5 || /\d/.test(part) || ROLE.test(part)) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && words.some((w) => NAME_WORD.test(w));
}

/**
 * Splits "X, Y, 3 May 2021" into the label's value and the date written after it. The leftmost
 * split that leaves a whole date wins, so "April 3, 2024" is not cut down to "2024".
 */
function splitTrailing(value: string): { head: string; date: DateLine | null } {
  // "Jane Doe May 19, 2021": a month-first date written straight after the names.
  const glued = GLUED_DATE.exec(value);
  const gluedDate = glued?.[2] ? readDateLine(glued[2]) : null;
  if (glued?.[1] && gluedDate?.date) return { head: glued[1], date: gluedDate };
  for (const m of value.matchAll(SEPARATOR)) {
    const rest = value.slice(m.index + m[0].length);
    if (m.index === 0 || !/\d/.test(rest)) continue;
    const date = readDateLine(rest);
    if (date?.date) return { head: value.slice(0, m.index), date };
  }
  return { head: value, date: null };
}
const GLUED_DATE = /^(.+?[\p{L}.'’-])(?<!\s(?:on|at|of))\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d{2})$/iu;

function readAuthors(value: string, strict: boolean): Label | null {
  const { head, date } = splitTrailing(value);
  const parts = splitNames(head);
  if (parts.length === 0) return null;
  // After "By" every part must be a name, and one-word names only stand alone ("By Reuters"):
  // "By Land and Sea: …" and "By Sea and Air" are headlines, not by-lines.
  const name = (p: string): boolean => looksLikeName(p) && (parts.length === 1 || p.includes(' '));
  // "By Jane Doe and John Roe, Azernews": full names, then the outlet (a city there is no outlet).
  const outlet = parts.length >= 2 ? parts[parts.length - 1] : undefined;
  if (strict && outlet && looksLikeNewsOutlet(outlet) && parts.slice(0, -1).every(name)) {
    return { kind: 'authors', names: parts.slice(0, -1), date, publication: outlet };
  }
  if (strict && !parts.every((p) => name(p) || ROLE.test(p))) return null;
  // "By Our Correspondent" is a by-line that names nobody.
  return { kind: 'authors', names: parts.filter((p) => !ROLE.test(p)), date };
}

function readPublication(value: string, word: string): Label | null {
  const { head, date } = splitTrailing(value);
  if (SOURCE_WORD.test(word) && NON_OUTLET_WORD.test(head)) return { kind: 'note', text: value };
  const issueAt = head.search(ISSUE_START);
  const namePart = (issueAt > 0 ? head.slice(0, issueAt) : head).trim().replace(/[\s,;|–—-]+$/u, '');
  const issue = issueAt > 0 ? head.slice(issueAt).trim() : null;
  if (!namePart) return null;
  const abbr = /^(.+?)\s*\(([\p{Lu}][\p{Lu}\p{N}&.]{1,9})\)$/u.exec(namePart);
  return {
    kind: 'publication',
    name: abbr?.[1] ?? namePart,
    abbreviation: abbr?.[2] ?? null,
    issue,
    date,
  };
}

// "Jane Doe, Staff Writer", "Jane Doe, Senior Correspondent": a by-line without "By".
// Also "By Jane Doe, Staff Writer", "Jane Doe | Senior Fellow", "Jane Doe — Senior Fellow, Caspian Policy Center".
const NAME_AND_ROLE = new RegExp(
  String.raw`^(?:by\s+)?([^,|–—]{3,60}?)(?:,|\s+[|–—-])\s+(?:(?:senior|chief|staff|special|foreign|political|defen[cs]e|security|contributing|guest|associate|deputy|managing|news|regional|research|non-?resident|visiting|central\s+asia)\s+)*(?:${ROLES.join('|')})s?(?:(?:\s+(?:at|for|of|in|with)\s+|,\s*).{1,60})?$`,
  'iu',
);

const capitalised = (word: string): string => (/^[\p{Lu}'’-]{2,}$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word);

/** "AN BAIJIE in Tashkent and LI XIAOKUN in Beijing(China Daily)": names only, in normal case. */
function plainByline(value: string): string {
  return value
    .replace(/\s*\([^)]*\)\s*$/u, '')
    // "LAUREN DEVITA/U.S. ARMY CENTRAL": the unit after a slash (a name of two words or more before it, so "RFE/RL" stays).
    .replace(/^(\S+\s+\S.*?)\s*\/\s*[^/]+$/u, '$1')
    .split(/(\s*(?:,|;|&|\band\b)\s*)/iu)
    .map((part) => {
      const name = part.replace(RANK, '');
      // The first two words are the name; what follows may be the unit.
      const m = /^(\S+\s+\S+)(\s.+)$/u.exec(name);
      return m?.[1] && m[2] && AFFILIATION.test(m[2]) ? m[1] : name;
    })
    .join('')
    .replace(/\s+in\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?(?=\s*(?:,|;|&|\band\b|$))/gu, '')
    .split(/(\s+)/)
    .map(capitalised)
    .join('');
}

const BYLINE_OUTLET = /\(([^()]{2,40})\)\s*$/u;
// Capitalised words, as an outlet's name is written: "China Daily", "Xinhua", "RFE/RL".
const looksLikeOutletName = (s: string): boolean => s.split(/\s+/).length <= 5 && s.split(/\s+/).every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}.&/'’-]*$/u.test(w));

// "Jane Doe (@janedoe) 1 minute ago Thu 29th April 2021 | 09:59 PM": a name with its handle, then the date.
const HANDLE_BYLINE = /^(.{3,40}?)\s*\(@[\w.]{2,30}\)\s*(.*)$/u;

function readHandleByline(line: string): Label | null {
  const m = HANDLE_BYLINE.exec(line);
  const name = m?.[1]?.trim();
  if (!m || !name || !looksLikeName(name) || !name.includes(' ')) return null;
  const rest = (m[2] ?? '').replace(/^\d+\s+\p{L}+\s+ago\s*/u, '').replace(/\s+\|\s+/gu, ' ');
  const date = rest ? readDateLine(rest) : null;
  return { kind: 'authors', names: [name], date: date?.date ? date : null };
}

export function readLabel(line: string): Label | null {
  const handle = readHandleByline(line);
  if (handle) return handle;
  const named = NAME_AND_ROLE.exec(line);
  if (named?.[1] && looksLikeName(named[1].trim())) return { kind: 'authors', names: [named[1].trim()], date: null };
  const scholar = readAffiliatedAuthor(line);
  if (scholar) return { kind: 'authors', names: [scholar], date: null };
  const author = AUTHOR_LABEL.exec(line);
  if (author?.[1]) return readAuthors(author[1], false);
  const by = BY_LINE.exec(line);
  if (by?.[1]) {
    const authors = readAuthors(plainByline(by[1]), true);
    // "By X in Tashkent (China Daily)": the outlet the by-line writes for.
    const outlet = BYLINE_OUTLET.exec(by[1])?.[1]?.trim();
    return authors?.kind === 'authors' && outlet && looksLikeOutletName(outlet) ? { ...authors, publication: outlet } : authors;
  }
  const via = VIA_WIRE.exec(line)?.[1]?.trim();
  if (via && isKnownAgency(via)) return { kind: 'publication', name: via, abbreviation: null, issue: null, date: null };
  const quoted = QUOTED_SOURCE.exec(line)?.[1]?.trim();
  if (quoted) return { kind: 'publication', name: quoted, abbreviation: null, issue: null, date: null };
  const address = ADDRESS_LABEL.exec(line)?.[1];
  if (address && URL.canParse(address)) return { kind: 'address', url: new URL(address).toString() };
  const publication = PUBLICATION_LABEL.exec(line);
  if (publication?.[1] && publication[2]) return readPublication(publication[2], publication[1]);
  if (ISSUE_LINE.test(line)) return { kind: 'issue', issue: line };
  return null;
}

// Closing credits under the article: "(Writing by Jane Doe; editing by John Roe)", "Reporting by
// Jane Doe", and a signature "Jane Doe, Press Service of the Ministry of Defence".
const CREDIT = /^\(?(?:(?:additional\s+)?reporting|writing|written|text|story|compiled)\s+by\s+([^;()]+?)(?:\s*[;,]\s*(?:additional\s+reporting|editing|edited|writing|compiled|translated|translation)\s+by\s+[^;()]+)*\)?\.?$/iu;
const SIGNATURE = /^([^,]{3,40}),\s+(?:the\s+)?(?:(?:press|information|media|public\s+affairs)\b.{0,20}?\b(?:service|office|department|centre|center|division)|department|directorate|office|bureau)\b.{0,120}$/iu;

/** The authors a closing credit line names, or null when the line is not one. */
export function readClosingCredit(line: string): string[] | null {
  const credit = CREDIT.exec(line);
  if (credit?.[1]) {
    const names = splitNames(credit[1]).filter((p) => looksLikeName(p) && p.includes(' '));
    return names.length ? names : null;
  }
  const signed = SIGNATURE.exec(line)?.[1]?.trim();
  return signed && looksLikeName(signed) && signed.includes(' ') ? [signed] : null;
}
