import { isGenericOutletWord, isKnownAgency, isOrganisationName, isOutletName, looksLikeNewsOutlet, looksLikeOrganisation } from './outlet-words';
import { hasTerminalPunctuation, wordCount } from './text-shape';

export interface SiteName {
  name: string;
  abbreviation: string | null;
}

const SEPARATED = /^(.+?)\s+[-–—|:·•]\s+(.+)$/u;
const ABBREVIATION = /^[\p{Lu}][\p{Lu}\p{N}&.]{1,9}$/u;
const WITH_ABBREVIATION = /^(.+?)\s*\(([\p{Lu}][\p{Lu}\p{N}&.]{1,9})\)$/u;
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', '&', 'a', 'an']);

function initials(name: string, skipMinor: boolean): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !(skipMinor && MINOR.has(w.toLowerCase())))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** True when abbr is the initials of name: the evidence that a line is a site's masthead. */
export function isAbbreviationOf(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  if (letters.length < 2) return false;
  return letters === initials(name, true) || letters === initials(name, false);
}

function isShortName(text: string): boolean {
  return wordCount(text) <= 6 && !hasTerminalPunctuation(text);
}

/**
 * A masthead line copied before the headline: "CPC - Caspian Policy Center", "Caspian Policy
 * Center (CPC)", or "Caspian Policy Center | Analysis" where one side names an organisation.
 */
export function readSiteHeader(line: string): SiteName | null {
  const withAbbr = WITH_ABBREVIATION.exec(line);
  if (withAbbr?.[1] && withAbbr[2] && isShortName(withAbbr[1]) && isAbbreviationOf(withAbbr[2], withAbbr[1])) {
    return { name: withAbbr[1], abbreviation: withAbbr[2] };
  }
  const parts = SEPARATED.exec(line);
  const left = parts?.[1]?.trim();
  const right = parts?.[2]?.trim();
  if (!left || !right || !isShortName(left) || !isShortName(right)) return null;
  if (ABBREVIATION.test(left) && isAbbreviationOf(left, right)) return { name: right, abbreviation: left };
  if (ABBREVIATION.test(right) && isAbbreviationOf(right, left)) return { name: left, abbreviation: right };
  if (!/\|/.test(line)) return null;
  if (looksLikeOrganisation(left)) return { name: left, abbreviation: null };
  if (looksLikeOrganisation(right)) return { name: right, abbreviation: null };
  return null;
}

/**
 * A browser-title line "Headline | Site" (or "Headline - Site") whose headline part repeats another
 * header line: the other part is then the site's name.
 */
export function splitTitleAndSite(line: string, otherKeys: Set<string>, key: (s: string) => string): SiteName | null {
  const parts = SEPARATED.exec(line);
  const left = parts?.[1]?.trim();
  const right = parts?.[2]?.trim();
  if (!left || !right) return null;
  if (otherKeys.has(key(left)) && isShortName(right)) return { name: right, abbreviation: null };
  if (otherKeys.has(key(right)) && isShortName(left)) return { name: left, abbreviation: null };
  return null;
}

const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*|of|the|for|and|on|in|&)$/u;
const MAX_MASTHEAD_WORDS = 4;

/**
 * A site's name alone on the line above the headline ("The Astana Times", "Caspian Policy
 * Center"): short, capitalised, and starting or ending with an outlet or institution word.
 */
export function readMastheadName(line: string): SiteName | null {
  const words = line.split(/\s+/);
  if (words.length > MAX_MASTHEAD_WORDS || hasTerminalPunctuation(line)) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || !isOrganisationName(line) || isGenericOutletWord(line)) return null;
  return { name: line, abbreviation: null };
}

// The last " – ", " - " or " | " of a line and what follows it.
const LAST_PART = /^(.+)\s+[-–—|]\s+(\S.*)$/u;
const MIN_HEADLINE_WORDS = 3;

/**
 * "Headline – The Washington Post", "Headline | Reuters": a headline copied with the outlet the
 * browser title names after it. The outlet must read as one (an agency, or a news word in its name).
 */
export function splitOutletSuffix(line: string): { title: string; site: SiteName } | null {
  const m = LAST_PART.exec(line);
  const title = m?.[1]?.trim();
  const site = m?.[2]?.trim();
  if (!title || !site || wordCount(title) < MIN_HEADLINE_WORDS || !isOutletName(site)) return null;
  return { title, site: { name: site, abbreviation: null } };
}

// The first " – ", " - " or " | " of a line, and what precedes it.
const FIRST_PART = /^(\S.{0,38}?)\s+[-–—|]\s+(\S.*)$/u;
const MIN_PREFIXED_HEADLINE_WORDS = 5;
// Words that head a section, not an outlet: "Breaking News – …", "World News | …".
const SECTION_HEAD = new Set(['breaking', 'latest', 'top', 'world', 'local', 'live', 'hot', 'business', 'today', 'online', 'national', 'international']);

/**
 * "bne IntelliNews – Headline", "Reuters - Headline": a story carried by another site, headed with
 * the outlet it came from. The outlet is an agency, or a capitalised name ending in a news word.
 */
export function splitOutletPrefix(line: string): { title: string; site: SiteName } | null {
  const m = FIRST_PART.exec(line);
  const site = m?.[1]?.trim();
  const title = m?.[2]?.trim();
  if (!site || !title || wordCount(title) < MIN_PREFIXED_HEADLINE_WORDS || hasTerminalPunctuation(site)) return null;
  const words = site.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  const keys = site.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named =
    isKnownAgency(site) ||
    (words.length <= 3 && words.every((w) => /^[\p{L}\p{N}.&'’-]+$/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(last) && looksLikeNewsOutlet(last) && !keys.every((k) => SECTION_HEAD.has(k) || isGenericOutletWord(k)));
  return named ? { title, site: { name: site, abbreviation: null } } : null;
}

// A section or country written in capitals after the outlet: "Anadolu Agency TÜRKIYE".
const TRAILING_CAPS = /(?:\s+[\p{Lu}][\p{Lu}\p{N}-]{2,}){1,2}$/u;

/** A credit line next to the date that is only the outlet's name: "Anadolu Agency TÜRKIYE". */
export function readCreditLine(line: string): SiteName | null {
  if (hasTerminalPunctuation(line)) return null;
  const name = line.replace(TRAILING_CAPS, '').trim();
  return name && isOutletName(name) ? { name, abbreviation: null } : null;
}

const MAX_BARE_NAME_WORDS = 3;

/** "nCa Report", "Sputnik News": an outlet's name alone is a credit, never a headline. */
export function isBareOutletName(line: string): boolean {
  const words = line.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length <= MAX_BARE_NAME_WORDS && !hasTerminalPunctuation(line) && (isOutletName(line) || looksLikeNewsOutlet(last));
}
