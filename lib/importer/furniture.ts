import type { FurnitureKind } from './types';
import { wordCount } from './text-shape';

// Generic page furniture as it survives copy-and-paste from news sites. Matched against whole,
// short lines only, so the same words inside a sentence are never touched.

const PICTURE = String.raw`images?|photos?|pictures?|photographs?|illustrations?|graphics?|cover\s+image|featured\s+image`;
const IMAGE_CREDIT = [
  new RegExp(String.raw`^\(?(?:${PICTURE})\s*(?:sources?|credits?|by|courtesy)?\s*[:：]`, 'i'),
  /^\(?(?:photo|image|picture)\s+(?:credits?|source|courtesy)\b/i,
  /^\(?source\s+of\s+(?:the\s+)?(?:image|photo)\b/i,
  /\b(?:getty\s+images|shutterstock|istock(?:photo)?)\b/i,
  /©/,
];
const COPYRIGHT = /^(?:©|\(c\)|copyright\b).*\ball\s+rights\s+reserved\b|^all\s+rights\s+reserved\b/i;
// Breadcrumbs: "Home > News > Central Asia", "HOME >> NEWS >> WORLD"; the last crumb may be the headline.
const BREADCRUMB = /^[^>»›]{1,40}(?:\s(?:[>»›]{1,2})\s[^>»›]{1,40}){2,}$/u;
const BREADCRUMB_TO_HEADLINE = /^[^>»›]{1,60}(?:\s(?:[>»›]{1,2})\s[^>»›]{1,40}){1,}\s(?:[>»›]{1,2})\s[^>»›]{1,300}$/u;
// Text-size and display controls: "Large Medium Small |", "Font size:".
const DISPLAY_CONTROLS = /^(?:(?:large|medium|small|a\+?|a-)\s*){2,}\|?$|^(?:font\s+size|text\s+size|site\s+colou?rs|view\s+settings)\s*:?$/i;

const wholeLine = (phrases: string[], trailer = ''): RegExp =>
  new RegExp(`^(?:${phrases.join('|')})${trailer}$`, 'i');

const SHARE = wholeLine(
  [
    String.raw`share(?:\s+(?:this|the)(?:\s+(?:article|story|post|page))?)?(?:\s+on\s+\w+)?`,
    String.raw`follow\s+us(?:\s+on\s+\w+)?`,
    String.raw`copy\s+link`,
    'tweet', 'e-?mail', 'print', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'vk',
  ],
  String.raw`\s*:?`,
);
const OTHER = wholeLine([
  'advertisement', 'advertising', String.raw`sponsored(?:\s+content)?`, 'ad',
  String.raw`subscribe(?:\s+.*)?`, String.raw`sign\s+up(?:\s+.*)?`,
  String.raw`listen\s+to\s+(?:this\s+)?(?:article|story)`,
  String.raw`\d+\s+min(?:ute)?s?\s+read`, String.raw`reading\s+time:?.*`,
  String.raw`comments?(?:\s*\(\d+\))?`, String.raw`leave\s+a\s+(?:comment|reply)`,
  String.raw`back\s+to\s+top`, String.raw`skip\s+to\s+(?:main\s+)?content`, String.raw`continue\s+reading`,
  String.raw`loading\.*`,
]);
const RELATED_HEADING = wholeLine(
  [
    String.raw`related(?:\s+(?:articles?|content|stories|posts|news|reading|topics|links|coverage))?`,
    String.raw`read\s+(?:more|also|next)`, String.raw`also\s+read`, String.raw`see\s+also`,
    String.raw`more\s+(?:from|on|in|about|by)\s+.{1,60}`, String.raw`more\s+(?:stories|articles|news)`,
    String.raw`recommended(?:\s+(?:for\s+you|articles|stories|reading))?`,
    String.raw`you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)`,
    String.raw`most\s+(?:read|popular|viewed|shared)`, String.raw`popular(?:\s+(?:articles|stories|posts))?`,
    String.raw`latest(?:\s+(?:news|articles|stories))?`, String.raw`trending(?:\s+now)?`,
    'tags', 'topics', String.raw`further\s+reading`,
  ],
  String.raw`\s*[:»›>.…]*`,
);
// A single link teaser inside the text: "Read also: Kazakhstan expands its navy".
const INLINE_RELATED = /^(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related)\s*[:»›>]\s*\S/i;

const MAX_FURNITURE_WORDS = 12;
const MAX_TEASER_WORDS = 25;
const MAX_RELATED_HEADING_WORDS = 6;

// Notices a site shows every visitor, whatever the article: cookies, scripts, paywalls.
const NOTICE = /^(?:(?:please\s+)?(?:enable|turn\s+on)\s+javascript|javascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)|you\s+need\s+to\s+enable\s+javascript|(?:this\s+(?:site|website)\s+uses|we\s+use)\s+cookies|(?:accept|allow)(?:\s+all)?\s+cookies|cookie\s+(?:policy|settings|preferences|consent)|by\s+continuing\s+to\s+(?:browse|use)\s+(?:this|our)\s+(?:site|website))\b/i;
const MAX_NOTICE_WORDS = 60;
// A lone rule ("---", "* * *", "———") separates sections; it is not text.
const RULE = /^[\s\-–—_*=~•·.]{3,}$/u;

/** Furniture that may appear anywhere in a copied page: credits, share buttons, adverts. */
export function furnitureKind(line: string): FurnitureKind | null {
  const words = wordCount(line);
  if (RULE.test(line) || DISPLAY_CONTROLS.test(line)) return 'other';
  // Cheap tests first: these two run on every line of every article.
  if (/[>»›]/u.test(line) && BREADCRUMB_TO_HEADLINE.test(line)) return 'other';
  if (words <= MAX_NOTICE_WORDS && /cookie|javascript|by continuing/i.test(line) && NOTICE.test(line)) return 'other';
  if (words <= MAX_TEASER_WORDS && INLINE_RELATED.test(line)) return 'related-list';
  if (words > MAX_FURNITURE_WORDS) return null;
  if (COPYRIGHT.test(line)) return 'other';
  if (IMAGE_CREDIT.some((re) => re.test(line))) return 'image-credit';
  if (SHARE.test(line)) return 'share-widget';
  if (OTHER.test(line) || BREADCRUMB.test(line)) return 'other';
  return null;
}

/** A heading that opens a list of links to other articles ("Related Articles", "See also"...). */
export function isRelatedHeading(line: string): boolean {
  return wordCount(line) <= MAX_RELATED_HEADING_WORDS && RELATED_HEADING.test(line);
}

/** Generic furniture words that are never a site name, even when glued to a sentence. */
export function isFurniturePhrase(text: string): boolean {
  return furnitureKind(text) !== null || isRelatedHeading(text);
}
