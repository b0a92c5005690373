import { wordCount } from './text-shape';

// Copy-and-paste glues a stamp or a photo credit to the text that follows it:
// "23.06.2021 | 15:38Special tactical drills…", "© Agency/ Vladimir Vyatkin Azerbaijan, Turkey…".
const LEADING_STAMP = /^(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:\s*[|,/]?\s*\d{1,2}:\d{2})?)\s*(?=[\p{Lu}"“«])/u;
// A credit names the agency, a slash and the photographer (two words, as a name is written).
const LEADING_CREDIT = /^(©\s*[^/©]{2,30}\/\s*[\p{Lu}][\p{L}'-]+\s+[\p{Lu}][\p{L}'-]+)\s+(?=[\p{Lu}])/u;
const MIN_REST_WORDS = 3;

// A list bullet copied before a headline or a line: "• Iran, Russia hold joint drills".
const BULLET = /^[•▪►◆■]\s+/u;

/** One line, or the stamp or credit glued at its start and the rest, as separate lines. */
export function splitGluedLine(raw: string): string[] {
  const line = raw.replace(BULLET, '');
  for (const re of [LEADING_STAMP, LEADING_CREDIT]) {
    const m = re.exec(line);
    const rest = m ? line.slice(m[0].length).trim() : '';
    if (m?.[1] && wordCount(rest) >= MIN_REST_WORDS) return [m[1].trim(), rest];
  }
  return [line];
}
