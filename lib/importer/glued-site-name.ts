import { isFurniturePhrase } from './furniture';
import { looksLikeOrganisation } from './outlet-words';

export interface GluedSiteName {
  /** The paragraph without the site name. */
  text: string;
  name: string;
  /** The end of the last sentence with the name still attached, as found. */
  evidence: string;
}

// A sentence stop immediately followed by a capital: "…could arise.Caspian Policy Center".
const GLUE = /[.!?…]["'”’»)\]]*(?=\p{Lu})/gu;
const MINOR = /^(?:of|the|for|and|on|in|at|&|de|du|des|la|le|al)$/i;
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’&/-]*$/u;
const EVIDENCE_WORDS = 5;

function isSiteName(name: string): boolean {
  if (/[.!?,;:"“”()]/u.test(name) || name.length < 3) return false;
  const words = name.split(/\s+/);
  if (words.length > 6 || isFurniturePhrase(name)) return false;
  if (!words.every((w) => NAME_WORD.test(w) || MINOR.test(w))) return false;
  if (!NAME_WORD.test(words[words.length - 1] ?? '')) return false;
  // One glued word could be the start of a sentence ("…said.She"); it must read as an outlet.
  return words.length > 1 || looksLikeOrganisation(name) || /^[\p{Lu}\p{N}&/-]{3,}$/u.test(name);
}

/**
 * Copying a page often glues the site's footer name onto the last sentence with no space between.
 * Initialisms are safe: in "…and the U.S." nothing after the last stop remains to be a name.
 */
export function splitGluedSiteName(paragraph: string): GluedSiteName | null {
  let cut = -1;
  for (const m of paragraph.matchAll(GLUE)) cut = m.index + m[0].length;
  if (cut <= 0) return null;
  const name = paragraph.slice(cut).trim();
  if (!isSiteName(name)) return null;
  const text = paragraph.slice(0, cut);
  const lead = text.split(/\s+/).slice(-EVIDENCE_WORDS).join(' ');
  return { text, name, evidence: `${lead}${paragraph.slice(cut)}` };
}
