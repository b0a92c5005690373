// Lines at the foot of a page that name who published it: "Source: Asia Plus" under a story a site
// carried from elsewhere, and the site's copyright line "© 2024 The Astana Times. All rights reserved."
import { isKnownAgency, isOutletName, NON_OUTLET_WORD } from './outlet-words';

const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&/'’-]*|of|the|and|for|on|de|&)$/u;
const MAX_NAME_WORDS = 6;

/** Capitalised words as a name is written, and not a ministry or a press office. */
function isNameOfOutlet(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    name.length >= 2 &&
    words.length <= MAX_NAME_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(name) &&
    words.every((w) => NAME_WORD.test(w)) &&
    !NON_OUTLET_WORD.test(name)
  );
}

const SOURCE_LINE = /^(?:source|sources|источник|manba|kaynak)\s*:\s*(.+?)\.?$/iu;

/** "Source: Asia Plus" as a line of its own: the outlet the whole text came from. */
export function readSourceCredit(line: string): string | null {
  const name = SOURCE_LINE.exec(line.trim())?.[1]?.trim() ?? AGENCY_SIGN_OFF.exec(line.trim())?.[1]?.trim();
  return name && isNameOfOutlet(name) && (SOURCE_LINE.test(line.trim()) || isKnownAgency(name) || isOutletName(name)) ? name : null;
}

// "(Xinhua News Agency September 22, 2006)": an agency's sign-off closing the text, with its date.
const AGENCY_SIGN_OFF = /^\(([^()\d]{2,60}?)\s+(?:\p{L}+\.?\s+\d{1,2},\s+|\d{1,2}\s+\p{L}+\.?\s+)(?:19|20)\d{2}\)$/u;
const SIGN_OFF_DATE = /((?:\p{L}+\.?\s+\d{1,2},\s+|\d{1,2}\s+\p{L}+\.?\s+)(?:19|20)\d{2})\)$/u;

/** The date of an agency's sign-off line, as written. */
export function signOffDate(line: string): string | null {
  return AGENCY_SIGN_OFF.test(line.trim()) ? (SIGN_OFF_DATE.exec(line.trim())?.[1] ?? null) : null;
}

const COPYRIGHT_MARK = /^(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*/iu;
const RIGHTS = /[\s.,]*all\s+rights\s+reserved\.?\s*$/iu;
const YEARS = /\b(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)\d{2}|present))?\b/gu;
const COMPANY = /[\s,]+(?:inc|llc|ltd|limited|llp|plc|co|corp|gmbh|jsc|ojsc|too|тоо|ооо|ао)\.?$/iu;

/**
 * The holder named by a copyright line: "© 2020 RFE/RL, Inc. All Rights Reserved." gives "RFE/RL".
 * A year or "all rights reserved" is required, so a photo credit ("© Agency/ Jane Doe") is not one.
 */
export function copyrightHolder(line: string): string | null {
  const text = line.trim();
  if (!COPYRIGHT_MARK.test(text)) return footerHostName(text);
  const rights = RIGHTS.test(text);
  const years = text.match(YEARS);
  if (!rights && !years) return null;
  const name = text
    .replace(COPYRIGHT_MARK, '')
    .replace(RIGHTS, '')
    .replace(YEARS, ' ')
    .replace(COMPANY, '')
    .replace(/^[\s,.–—-]+|[\s,.–—-]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return isNameOfOutlet(name) && !name.includes('/ ') ? name : null;
}

// "Design by X Copyright 2000-2018 Turkmenistan.ru info@turkmenistan.ru": a footer naming the site
// by its host, written as a name (capitalised), beside a copyright word.
const HOST_NAME = /(?<![@\p{L}\p{N}.])([\p{Lu}][\p{L}\p{N}-]+\.(?:com|net|org|info|news|ru|kz|uz|az|tj|kg|tm|am|ge|by|ua|ir|tr|cn))(?![\p{L}\p{N}@])/u;

function footerHostName(text: string): string | null {
  if (!/copyright|©/iu.test(text) || !text.match(YEARS)) return null;
  return HOST_NAME.exec(text)?.[1] ?? null;
}
