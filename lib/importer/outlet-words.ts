// Words that mark a name as a news outlet or an institution that publishes. Generic vocabulary,
// not a list of outlets.
const NEWS_WORDS = [
  'news', 'times', 'post', 'press', 'agency', 'daily', 'weekly', 'tv', 'radio', 'monitor', 'gazette',
  'herald', 'journal', 'tribune', 'telegraph', 'wire', 'report', 'reporter', 'info', 'inform', '24',
  'observer', 'chronicle', 'courier', 'bulletin', 'magazine', 'newspaper', 'broadcasting', 'blog', 'blogs',
];
const INSTITUTION_WORDS = [
  'center', 'centre', 'institute', 'foundation', 'council', 'forum', 'network', 'review',
  'initiative', 'program', 'programme', 'project', 'society', 'association',
];
// Outlet names written as one word ("Azernews", "Kazinform", "Newsweek"). Kept short on purpose:
// "Sometimes", "Cypress" or "Postnikov" must not read as outlets.
const COMPOUND_ENDINGS = ['news', 'inform', 'info', 'daily'];
const COMPOUND_STARTS = ['news'];

function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function isNewsToken(t: string): boolean {
  if (NEWS_WORDS.includes(t)) return true;
  const longer = (w: string): boolean => t.length > w.length + 2;
  return (
    COMPOUND_ENDINGS.some((w) => longer(w) && t.endsWith(w)) ||
    COMPOUND_STARTS.some((w) => longer(w) && t.startsWith(w))
  );
}

const isOrganisationToken = (t: string): boolean => isNewsToken(t) || INSTITUTION_WORDS.includes(t);

/** "Azernews", "The Moscow Times", "Rakhat TV", "Kazinform", "Eurasia Daily Monitor". */
export function looksLikeNewsOutlet(name: string): boolean {
  return tokens(name).some(isNewsToken);
}

/** "News", "Blog", "Centre" alone: the generic word names a section, not an outlet. */
export function isGenericOutletWord(name: string): boolean {
  const t = tokens(name);
  return t.length === 1 && (NEWS_WORDS.includes(t[0] ?? '') || INSTITUTION_WORDS.includes(t[0] ?? ''));
}

export function looksLikeOrganisation(name: string): boolean {
  return tokens(name).some(isOrganisationToken);
}

/** The name starts or ends with an outlet or institution word: "Caspian Policy Center", "Daily Sabah". */
export function isOrganisationName(name: string): boolean {
  const t = tokens(name);
  const first = t[0];
  const last = t[t.length - 1];
  return (first !== undefined && isNewsToken(first)) || (last !== undefined && isOrganisationToken(last));
}

// Words of a body that issues statements, not of an outlet: "the ministry reports citing…".
export const NON_OUTLET_WORD = /\b(?:ministry|ministries|departments?|offices?|services?|committees?|government|embassy|president|minister)\b/iu;

// News agencies whose wire copy other sites carry under their own masthead. A gazetteer of the
// agencies themselves (international, and the national agencies of the region this portal covers),
// not of sites; names that are also common words ("Trend", "Report") are left out on purpose.
const AGENCIES = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Xinhua', 'Xinhua News Agency', 'Xinhuanet',
  'TASS', 'ITAR-TASS', 'Interfax', 'RIA Novosti', 'RIA News', 'Sputnik', 'Anadolu Agency', 'Anadolu', 'dpa', 'EFE',
  'ANSA', 'Kyodo', 'Yonhap', 'PTI', 'IRNA', 'ISNA', 'Mehr', 'Mehr News Agency', 'Tasnim', 'Fars', 'Bernama', 'Antara',
  'Kazinform', 'Kabar', 'AKIpress', 'AKI Press', 'UzA', 'Khovar', 'Azertac', 'APA', 'Armenpress', 'BelTA', 'Ukrinform',
  'UNIAN', 'Bloomberg', 'UPI', 'United Press International',
];
const AGENCY_KEYS = new Set(AGENCIES.map((a) => a.toLowerCase()));

/** A news agency by its usual name: "Reuters", "Xinhua", "Anadolu Agency", "ITAR-TASS". */
export function isKnownAgency(name: string): boolean {
  return AGENCY_KEYS.has(name.trim().replace(/^the\s+/iu, '').toLowerCase());
}

// How an outlet's name is written: up to five capitalised words ("The Washington Post", "RFE/RL").
const OUTLET_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&/'’-]*|of|the|and|on|for|de|&)$/u;

/** A name an outlet goes by: capitalised, short, and an agency or a name with a news word in it. */
export function isOutletName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 5 || !words.every((w) => OUTLET_WORD.test(w)) || !/^[\p{Lu}\p{N}]/u.test(name.trim())) return false;
  return isKnownAgency(name) || looksLikeNewsOutlet(name);
}
