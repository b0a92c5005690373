// By-lines without "By": a scholar's line with degree and post ("Jane Doe, Ph.D. (History), associate
// professor, X University"), and a name alone under the headline ("Jane Doe", "Даурен САДВАКАСОВ",
// "Jane Doe Lviv Polytechnic National University, Ukraine").
import { looksLikeOrganisation } from './outlet-words';

const DEGREE = String.raw`(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|Dr\.?\s?Sc\.?|M\.?A\.?|M\.?Sc\.?|MBA|LL\.?M\.?|Doctor|Candidate)(?:\s*\([^()]{1,40}\))?`;
const POST = String.raw`(?:(?:senior|deputy|associate|assistant|chief|leading|visiting|research)\s+)*(?:director|professor|fellow|researcher|lecturer|head|analyst|expert|scientist|dean|chair)`;
// "Rustam Burnashev, Ph.D. (Philos.), deputy director, Abylay khan Kazakh University … (Almaty, Kazakhstan)".
const AFFILIATED = new RegExp(String.raw`^([^,()]{3,40}),\s+${DEGREE},\s+${POST}\b.{0,240}$`, 'iu');

const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’-]+$/u;
// Place and section words written in capitals like a name: "Central Asia", "Средняя Азия", "Top Stories".
const NOT_NAME_WORD = new Set([
  'asia', 'europe', 'africa', 'america', 'east', 'west', 'north', 'south', 'central', 'middle', 'far', 'sea', 'ocean',
  'region', 'republic', 'kingdom', 'united', 'states', 'federation', 'union', 'city', 'province', 'oblast', 'caucasus',
  'top', 'stories', 'latest', 'breaking', 'world', 'foreign', 'affairs', 'policy', 'security', 'defence', 'defense',
  'politics', 'economy', 'society', 'opinion', 'analysis', 'editorial', 'exclusive', 'live', 'updates', 'video', 'photo',
  'air', 'base', 'force', 'forces', 'army', 'navy', 'military', 'national', 'guard', 'border', 'peace', 'mission', 'exercise',
  'exercises', 'drill', 'drills', 'day', 'week', 'year', 'news', 'report', 'ministry', 'council', 'summit', 'treaty',
  'азия', 'европа', 'восток', 'запад', 'север', 'юг', 'кавказ', 'море', 'область', 'республика', 'федерация',
  'центральная', 'средняя', 'новости', 'политика', 'экономика', 'общество', 'мнение', 'аналитика', 'безопасность',
]);
// What follows a name on a scholar's line: "Lviv Polytechnic National University, Ukraine".
const INSTITUTION = /^(?:[\p{Lu}][\p{L}.'’-]*\s+|of\s+|the\s+|and\s+)*(?:university|institute|academy|college|school|centre|center)(?:\s+(?:of|for|and|the|[\p{Lu}][\p{L}.'’-]*))*(?:,\s*[\p{Lu}][\p{L}\s-]{1,30})?$/iu;

/** The name on a scholar's by-line with degree and post, or null. */
export function readAffiliatedAuthor(line: string): string | null {
  const name = AFFILIATED.exec(line)?.[1]?.trim();
  if (!name) return null;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) ? name : null;
}

const isNameWords = (words: string[]): boolean =>
  words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORD.has(w.toLowerCase()));

/**
 * A person's name as the whole line ("Li Wei", "Даурен САДВАКАСОВ"), or a name followed by the
 * institution it writes from; null for anything else (a place, a section, an outlet).
 */
export function readBareByline(line: string): string | null {
  const text = line.replace(/^[•·]\s*/u, '').trim();
  const words = text.split(/\s+/);
  if (!/[\d,.:;!?()«»"“”/|]/u.test(text) && isNameWords(words) && !looksLikeOrganisation(text)) return text;
  if (/[\d:;!?()«»"“”/|]/u.test(text)) return null;
  const name = words.slice(0, 2);
  const rest = words.slice(2).join(' ');
  return rest && isNameWords(name) && INSTITUTION.test(rest) ? name.join(' ') : null;
}
