import { looksLikeNewsOutlet, NON_OUTLET_WORD } from './outlet-words';
import { hasTerminalPunctuation, wordCount } from './text-shape';

export interface TextPublication {
  name: string;
  abbreviation: string | null;
  evidence: string;
  /** A dateline or an outlet crediting its own source states the publisher; a mention only suggests it. */
  strength: 'stated' | 'mentioned';
}

// Up to six capitalised words, allowing "of (the)", "for" and "&" between them.
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’&./-]*`;
const NAME = String.raw`(?<![\p{L}\p{N}])((?:The\s+)?${WORD}(?:\s+(?:of\s+the\s+|of\s+|for\s+|&\s+)?${WORD}){0,5})`;
const ABBR = String.raw`(?:\s+\(([\p{Lu}][\p{Lu}\p{N}&.]{1,9})\))?`;

// Strongest first: an outlet the speaker addressed is the outlet that published the piece, while
// "X reported" may cite another outlet and is only used when nothing better is stated.
const TRIGGERS = [
  String.raw`\b[Ss](?:peaking|poke|poken)\s+(?:exclusively\s+)?(?:to|with)\s+${NAME}${ABBR}`,
  String.raw`\b[Tt](?:alking|alked)\s+(?:exclusively\s+)?(?:to|with)\s+${NAME}${ABBR}`,
  String.raw`\b(?:told|tells)\s+${NAME}${ABBR}`,
  String.raw`\binterview\s+(?:with|to|for|given\s+to)\s+${NAME}${ABBR}`,
  String.raw`\bcomments?\s+(?:to|for)\s+${NAME}${ABBR}`,
  String.raw`${NAME}${ABBR}\s+(?:has\s+|had\s+)?(?:earlier\s+|previously\s+)?(?:reported|reports|learned|learnt)\b`,
].map((source) => new RegExp(source, 'gu'));
const REPORTED = TRIGGERS[TRIGGERS.length - 1];

// Sentence openers the capitalised-name pattern sweeps up before "X reported".
const LEADING_WORDS = /^(?:(?:As|And|But|Earlier|Previously|Meanwhile|Also|Then|In|On|So|Yet|Later|Now)\s+)+/u;

/** Sources cited in parentheses, "(Turkish Weekly, January 21)", are not the publisher. */
function insideParentheses(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

const CLAUSE_END = '.!?;,';

/** The clause around the match, so an editor can see why the name was taken. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_END.includes(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.includes(text.charAt(to))) to++;
  return text.slice(from, to).trim();
}

// "ASTANA, Sept 7 (Reuters) –", "ALMATY (AP) —", "Baku, 3 May (Trend) -": the agency that filed the story.
const DATELINE = /^([\p{Lu}][\p{L}.' -]{1,40}?)(?:,\s*[^(),]{1,40}?)?\s*\(([\p{Lu}][\p{L}\p{N} &.'-]{1,40})\)\s*(?:[-–—]+|:)\s+\S/u;
// Datelines in capitals that name the agency without parentheses: "DUSHANBE, August 1, 2012,
// Asia-Plus —", "PSKOV. KAZINFORM -", "MOSCOW (Sputnik) The…", "МОСКВА, 18 октября/ Радио Sputnik."
const CITY = String.raw`[\p{Lu}][\p{Lu} .'-]{2,30}`;
const AGENCY = String.raw`[\p{Lu}][\p{L}\p{N} &.'-]{1,30}?`;
const CAPS_DATELINES = [
  new RegExp(String.raw`^${CITY},\s+[^,()]{3,25},\s+\d{4},\s+(${AGENCY})\s*(?:--|[–—-])\s`, 'u'),
  new RegExp(String.raw`^${CITY}\.\s+(${AGENCY})\s+(?:--|[–—-])\s`, 'u'),
  // "BISHKEK (UrduPoint News / Sputnik - 29th April, 2021) Text": the first name is the outlet.
  new RegExp(String.raw`^${CITY}\s+\((${AGENCY})(?:\s+[/–—-]\s+[^()]{1,60})?\)\s*\S`, 'u'),
  // "Baku. 13 May. REPORT.AZ/ Under…", "Душанбе. 15 июля. ТаджикТА – Страны…": city, date, agency.
  new RegExp(String.raw`^[\p{Lu}][\p{L}' -]{2,30}\.\s+\d{1,2}\s+\p{L}{3,}\.\s+([\p{Lu}][\p{L}\p{N}.&-]{1,20}(?:\s[\p{Lu}][\p{L}\p{N}.&-]{1,20})?)\s*(?:/|--|[–—])\s*\S`, 'u'),
  new RegExp(String.raw`^${CITY},\s+[^/()]{3,25}/\s*(${AGENCY})\.\s`, 'u'),
  // "YEKATERINBURG, September 20. /TASS/. About…", "NEW YORK, May 1, 2024 /PRNewswire/ -- …".
  new RegExp(String.raw`^${CITY},\s+[^/()]{3,30}?\s*/(${AGENCY})/\s*(?:--|[.,:–—-])?\s*\S`, 'u'),
  // "China News Agency, Orenburg, Russia, September 10 (Reporter Li Chun) On…": the agency opens the dateline.
  new RegExp(String.raw`^((?:[\p{Lu}][\p{L}-]+\s+){0,3}(?:News\s+Agency|News\s+Service|Agency)),\s+[\p{Lu}][\p{L} -]{1,30}(?:,\s+[\p{Lu}][\p{L} -]{1,30})?,\s+\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*\((?:[Rr]eporters?|[Cc]orrespondents?)\s`, 'u'),
];
// A dateline opens the lead: the first paragraph of running length, or a short line above it
// (a standfirst, a "read on the site" link) that the header did not take.
const MAX_LINES_BEFORE_LEAD = 6;
const LEAD_WORDS = 15;

function leadParagraphs(paragraphs: string[]): string[] {
  // A caption can be as long as a lead; it does not end like a sentence.
  const lead = paragraphs.findIndex((p) => wordCount(p) >= LEAD_WORDS && hasTerminalPunctuation(p));
  const end = lead === -1 ? 2 : Math.max(2, lead + 1);
  return paragraphs.slice(0, Math.min(end, MAX_LINES_BEFORE_LEAD + 1));
}

function findDatelineAgency(paragraphs: string[]): TextPublication | null {
  for (const text of leadParagraphs(paragraphs)) {
    const m = DATELINE.exec(text);
    const agency = m?.[2]?.trim();
    if (m && agency && !/\d/.test(agency)) return { name: agency, abbreviation: null, evidence: m[0].slice(0, -1).trim(), strength: 'stated' };
    for (const re of CAPS_DATELINES) {
      const c = re.exec(text);
      const name = c?.[1]?.trim();
      if (c && name && !/\d/.test(name)) return { name, abbreviation: null, evidence: c[0].trim(), strength: 'stated' };
    }
  }
  return null;
}

// "Trend reports with reference to the ministry", "Kazinform learned from Trend", "X reports,
// citing…": the outlet that credits its source is the one publishing, whatever its name looks like.
const SELF_CREDIT = new RegExp(
  // Present tense only: "Interfax reported, citing the ministry" is another outlet being cited.
  String.raw`${NAME}\s+(?:(?:reports|informs)\s*,?\s+(?:with\s+reference\s+to|citing|quoting|referring\s+to|via)|(?:learned|learnt)\s+from)\s`,
  'gu',
);
// "…until August 12th, as reported by Sarbaz.kz, citing the press office": the same, told passively.
const SELF_CREDIT_BY = new RegExp(
  String.raw`\breported\s+by\s+${NAME}\s*,?\s+(?:citing|quoting|with\s+reference\s+to|referring\s+to)\s`,
  'gu',
);
// «…, сообщает ИА El.kz со ссылкой на пресс-службу»: the Russian "X reports, citing…".
const RU_VERB = String.raw`(?:сообщает|сообщают|передает|передаёт|пишет|информирует)`;
const RU_OUTLET_WORD = String.raw`(?:(?:ИА|агентство|портал|сайт|издание|корреспондент(?:\s+ИА)?)\s+)?`;
const RU_SELF_CREDIT = new RegExp(String.raw`${RU_VERB}\s+${RU_OUTLET_WORD}${NAME}\s*,?\s+со\s+ссылкой\s+на\s`, 'gu');
// «…, передает Liter.kz»: a site that names itself by its address.
const RU_HOST_CREDIT = new RegExp(String.raw`${RU_VERB}\s+${RU_OUTLET_WORD}([\p{Lu}][\p{L}\p{N}-]+\.(?:kz|ru|uz|kg|tj|az|am|by|ua|tm|ge|com|net|org|info|news))(?=\s*(?:[.,;]|$))`, 'u');

// Subjects that credit a source without being an outlet: "The ministry reports citing…".
const NOT_OUTLET = /^(?:the|he|she|it|they|we|this|that|ministry|department|office|service|committee|government|spokes(?:man|woman|person)|press\s+service)$/iu;

function findSelfCredit(paragraphs: string[]): TextPublication | null {
  for (const text of paragraphs.slice(0, MAX_LINES_BEFORE_LEAD)) {
    for (const m of [...text.matchAll(SELF_CREDIT), ...text.matchAll(SELF_CREDIT_BY), ...text.matchAll(RU_SELF_CREDIT)]) {
      const name = (m[1] ?? '').replace(LEADING_WORDS, '').replace(/^The\s+/u, '').trim();
      const start = m.index + m[0].indexOf(name);
      if (!name || NOT_OUTLET.test(name) || NON_OUTLET_WORD.test(name) || insideParentheses(text, start)) continue;
      return { name, abbreviation: null, evidence: clauseAround(text, m.index, m.index + m[0].length), strength: 'stated' };
    }
  }
  return null;
}

/**
 * The agency of a dateline, else an outlet crediting its own source ("Trend reports with
 * reference to…"), else one named in the text as the interviewer ("Speaking to Azernews…").
 */
export function findPublicationInText(paragraphs: string[]): TextPublication | null {
  const agency = findDatelineAgency(paragraphs) ?? findSelfCredit(paragraphs);
  if (agency) return agency;
  const lead = leadParagraphs(paragraphs);
  for (const text of lead) {
    const host = RU_HOST_CREDIT.exec(text);
    if (host?.[1]) return { name: host[1], abbreviation: null, evidence: clauseAround(text, host.index, host.index + host[0].length), strength: 'mentioned' };
  }
  for (const trigger of TRIGGERS) {
    // "X reported" deep in the text cites another outlet; only in the lead is it the publisher's own.
    for (const text of trigger === REPORTED ? lead : paragraphs) {
      for (const m of text.matchAll(trigger)) {
        const raw = m[1] ?? '';
        const unled = raw.replace(LEADING_WORDS, '');
        const name = unled.replace(/[.'’-]+$/u, '');
        const start = m.index + m[0].indexOf(raw) + raw.length - unled.length;
        if (!name || !looksLikeNewsOutlet(name) || insideParentheses(text, start)) continue;
        if (/©\s*$/u.test(text.slice(0, start))) continue;
        // "…, the state-run China Daily reported": an outlet described from outside is another one.
        if (trigger === REPORTED && /\bthe\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(0, start))) continue;
        return { name, abbreviation: m[2] ?? null, evidence: clauseAround(text, m.index, m.index + m[0].length), strength: 'mentioned' };
      }
    }
  }
  return null;
}
