import type { EntityType } from '@/lib/entities/types';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Lowercase words allowed inside a multi-word name ("Journal of Slavic Military Studies"). */
export const JOINERS = set('of and for the de');

/**
 * Capitalised only because they open a sentence or a title ("The", "During", "However"): dropped
 * from the front of a name and never a name on their own.
 */
export const FUNCTION_WORDS = set(`
  the a an this that these those there here it its they their them we our he his she her you your i
  in on at by for from with without within into onto over under during after before between among amid
  amidst although though while when where whereas however moreover meanwhile furthermore nevertheless
  notably also but and or nor yet so as if since because despite unlike like following according
  both many some several each every most such all any no not other another more less few much
  today yesterday tomorrow last next first second third then thus hence still even only just
  what which who whom whose why how mr mrs ms dr
`);

/** Month names: a date, not part of a name ("in Baku October 2 - 8"). */
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words before a year that make a date, not an exercise name ("July 2024", "Since 2022"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...set('spring summer autumn fall winter fy year years early late mid end beginning start until till through circa ad bc'),
]);

/** Title words that may precede a person's name; the last word of a title must be one of TITLE_HEADS. */
export const TITLE_WORDS = set(`
  rear vice admiral lieutenant major brigadier army general colonel defense defence foreign prime
  deputy minister president ambassador gen col adm lt maj secretary chairman chief commander director
  governor mayor envoy spokesman spokeswoman adviser advisor senator king prince emir sheikh premier
  first interior mr mrs ms dr prof
`);
export const TITLE_HEADS = set(`admiral general colonel minister president ambassador gen col adm secretary chairman
  chief commander director governor mayor envoy spokesman spokeswoman adviser advisor senator king prince emir
  sheikh premier mr mrs ms dr prof`);

/** Words that make "General Staff" or "President Hotel" something other than a person. */
export const NOT_PERSON_WORDS = set(`
  staff assembly secretary secretariat directorate command headquarters office administration
  hotel palace house street avenue square prize award
`);

const HEAD_TYPES: ReadonlyArray<readonly [EntityType, ReadonlySet<string>]> = [
  ['exercise', set('exercise exercises drill drills maneuvers manoeuvres')],
  [
    'organization',
    set(`ministry ministries forces force organization organisation center centre agency council army
      navy university newspaper committee institute bank company corporation party service guard command
      fleet journal union alliance commission department consortium fund group academy parliament
      flotilla brigade division regiment battalion embassy consulate mission newspaper times tribune
      gazette herald post monitor`),
  ],
  [
    'place',
    set(`sea peninsula cape island islands region mountains mountain river gulf bay lake strait valley
      desert oblast province district port basin plateau coast asia europe africa america caucasus
      airport airbase village east west north south`),
  ],
  ['event', set('war summit agreement meeting conference exhibition forum talks treaty games battle plan doctrine convention accord')],
];

/** Entity type suggested by a name's head word ("Ministry of Defense" → organization). */
export function typeFromHeadWord(key: string): EntityType | null {
  for (const [type, words] of HEAD_TYPES) if (words.has(key)) return type;
  return null;
}
