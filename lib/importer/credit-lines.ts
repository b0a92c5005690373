// Lines at the foot of a page that name who published it: "Source: Asia Plus" under a story a site
// carried from elsewhere, and the site's copyright line "© 2024 The Astana Times. All rights reserved."
import { NON_OUTLET_WORD } from './outlet-words';

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
  const name = SOURCE_LINE.exec(line.trim())?.[1]?.trim();
  return name && isNameOfOutlet(name) ? name : null;
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
  if (!COPYRIGHT_MARK.test(text)) return null;
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
