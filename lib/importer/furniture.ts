import type { FurnitureKind } from './types';
import { hasTerminalPunctuation, wordCount } from './text-shape';

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
// Breadcrumbs: "Home > News > Central Asia", "HOME >> NEWS >> WORLD"; the last crumb may be the
// headline. Crumbs are split on a spaced separator only, so «quoted» names inside a crumb stay whole.
const CRUMB_SEPARATOR = /\s[>»›]{1,2}\s/u;
// "Home / Asia and Pacific / Headline": slashes are crumbs only after the site's home link.
const SLASH_CRUMBS = /^(?:home|main|main\s+page|главная|басты\s+бет|bosh\s+sahifa)\s+\/\s/iu;
function isBreadcrumb(line: string, separator: RegExp = CRUMB_SEPARATOR): boolean {
  const crumbs = line.split(separator).map((c) => c.trim());
  if (crumbs.length < 2 || crumbs.some((c) => c.length === 0)) return false;
  const last = crumbs[crumbs.length - 1] ?? '';
  const inner = crumbs.slice(1, -1);
  // Three crumbs or more of link length; with a headline as the last crumb, two suffice before it.
  if (crumbs.every((c) => c.length <= 40)) return crumbs.length >= 3;
  return crumbs.length >= 3 && (crumbs[0]?.length ?? 0) <= 60 && inner.every((c) => c.length <= 40) && last.length <= 300;
}
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
  String.raw`comments?(?:\s*\(\d+\))?`, String.raw`(?:leave|add|post|write)\s+a\s+(?:comment|reply)`, String.raw`добавить\s+комментарий`,
  String.raw`back\s+to\s+top`, String.raw`skip\s+to\s+(?:main\s+)?content`, String.raw`continue\s+reading`,
  String.raw`loading\.*`, 'search', 'menu', String.raw`search\s+for\s*:?`, String.raw`contact\s+us`,
  String.raw`close\s+(?:this\s+)?(?:search(?:\s+box)?|menu|window|dialog|panel)\.?`, String.raw`(?:toggle|open)\s+(?:navigation|menu)`,
  String.raw`(?:currency|exchange)\s+rates?(?:\s+(?:from|for|on)\s+.*)?`,
  // A portal's account links: "Log in", "Sign in to your account", "Войти в почту".
  String.raw`(?:log\s*in|sign\s*in|register|my\s+account)(?:\s+(?:to|with)\s+.{1,30})?`, String.raw`(?:войти|вход|регистрация)(?:\s+в\s+\S+)?`,
]);
// An advert ending in its call to action: "The Largest … Network for Defense Jobs - JOIN NOW".
const CALL_TO_ACTION = /\s[-–—|]\s*(?:join|subscribe|sign\s+up|register|apply|shop|buy|order|download|learn\s+more|click\s+here)(?:\s+(?:now|today|here))?\s*!?$/iu;
const MAX_ADVERT_WORDS = 20;
// A rates or weather ticker: "$1 – 12482.38", "USD 68.59", "UZS – 0.56%", "+12°C".
const TICKER = /^(?:[\p{Sc}]?\d+|[\p{Lu}]{3})?\s*[–—-]?\s*[\p{Sc}]?[+-]?\d[\d.,]*\s*(?:%|°\s*[CF]?)?$|^[\p{Lu}]{3}\s+[\p{Sc}]?\d[\d.,]*$/u;
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

// Notices a site shows every visitor, whatever the article: cookies, scripts, paywalls, the
// "official website" banner of government sites, donation appeals, browser warnings.
const NOTICE = new RegExp(
  [
    String.raw`(?:please\s+)?(?:enable|turn\s+on)\s+javascript`,
    String.raw`javascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)`,
    String.raw`you\s+need\s+to\s+enable\s+javascript`,
    String.raw`(?:this\s+(?:site|website)\s+uses|we\s+use)\s+cookies`,
    String.raw`(?:accept|allow)(?:\s+all)?\s+cookies`,
    String.raw`cookie\s+(?:policy|settings|preferences|consent)`,
    String.raw`by\s+continuing\s+to\s+(?:browse|use)\s+(?:this|our)\s+(?:site|website)`,
    String.raw`here'?[’']?s\s+how\s+you\s+know`,
    String.raw`(?:a|an)\s+\.(?:gov|mil)\s+website\s+belongs`,
    String.raw`a\s+lock\b.*\bmeans\s+you`,
    String.raw`share\s+sensitive\s+information\s+only`,
    String.raw`(?:if\s+)?your\s+browser\s+(?:does\s+not|doesn[’']t|is\s+out\s+of\s+date|is\s+not\s+supported)`,
    String.raw`(?:\S+\s+[-–—]\s+)?make\s+a\s+(?:charitable\s+)?donation\b`,
    String.raw`(?:donate|support\s+(?:us|our\s+(?:work|journalism)))(?:\s+(?:now|today))?\s*[!.]?$`,
    String.raw`(?:last\s+)?(?:updated|modified)\s*:?\s*(?:\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago|just\s+now|today|yesterday)`,
    String.raw`stay\s+up\s+to\s+date\s+with\s+notifications`, String.raw`notifications\s+can\s+be\s+managed`,
  ].join('|').replace(/^/, '^(?:').concat(')'),
  'iu',
);
// "Official website of the President of Russia" as a banner line; a sentence that starts the same
// way ("The official website of the ministry reported on Monday that…") is article text.
const OFFICIAL_SITE = /^(?:an?\s+|the\s+)?official\s+(?:web\s*)?(?:site|portal)\s+of\b/iu;
const MAX_BANNER_WORDS = 12;
// Only lines with one of these words are tried against NOTICE: it runs on every line.
const NOTICE_WORDS = /cookie|javascript|by continuing|official|how you know|website|lock|browser|donat|support|updated|modified|notification/i;
const MAX_NOTICE_WORDS = 60;
// A lone rule ("---", "* * *", "———") separates sections; it is not text.
const RULE = /^[\s\-–—_*=~•·.]{3,}$/u;

// A site's menu copied as one line: "Economy News Comment of the day Media Digest Politics About us".
const SECTION_WORDS = new Set([
  'home', 'news', 'politics', 'economy', 'business', 'society', 'world', 'sport', 'sports', 'culture', 'opinion', 'comment',
  'analysis', 'analytics', 'video', 'videos', 'photo', 'photos', 'regions', 'regional', 'review', 'digest', 'media', 'about',
  'contact', 'contacts', 'us', 'agenda', 'public', 'science', 'technology', 'tech', 'health', 'lifestyle', 'interview', 'archive',
]);
const MENU_MIN_SECTIONS = 6;
function isMenuLine(line: string, words: number): boolean {
  if (words < MENU_MIN_SECTIONS || hasTerminalPunctuation(line)) return false;
  const tokens = line.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const sections = tokens.filter((t) => SECTION_WORDS.has(t)).length;
  return sections >= MENU_MIN_SECTIONS && sections >= tokens.length * 0.6;
}

/** Furniture that may appear anywhere in a copied page: credits, share buttons, adverts. */
export function furnitureKind(line: string): FurnitureKind | null {
  const words = wordCount(line);
  if (words <= 20 && isMenuLine(line, words)) return 'other';
  if (RULE.test(line) || DISPLAY_CONTROLS.test(line)) return 'other';
  // Cheap tests first: these two run on every line of every article.
  if (/[>»›]/u.test(line) && isBreadcrumb(line)) return 'other';
  if (SLASH_CRUMBS.test(line) && isBreadcrumb(line, /\s\/\s/u)) return 'other';
  if (words <= MAX_NOTICE_WORDS && NOTICE_WORDS.test(line) && NOTICE.test(line)) return 'other';
  if (words <= MAX_BANNER_WORDS && OFFICIAL_SITE.test(line) && !hasTerminalPunctuation(line)) return 'other';
  if (words <= MAX_TEASER_WORDS && INLINE_RELATED.test(line)) return 'related-list';
  if (words <= MAX_ADVERT_WORDS && CALL_TO_ACTION.test(line)) return 'other';
  if (words > MAX_FURNITURE_WORDS) return null;
  if (COPYRIGHT.test(line)) return 'other';
  if (IMAGE_CREDIT.some((re) => re.test(line))) return 'image-credit';
  if (SHARE.test(line)) return 'share-widget';
  if (OTHER.test(line) || TICKER.test(line)) return 'other';
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
