// Words that mark a name as a news outlet or an institution that publishes. Generic vocabulary,
// not a list of outlets.
const NEWS_WORDS = [
  'news', 'times', 'post', 'press', 'agency', 'daily', 'weekly', 'tv', 'radio', 'monitor', 'gazette',
  'herald', 'journal', 'tribune', 'telegraph', 'wire', 'report', 'reporter', 'info', 'inform', '24',
  'observer', 'chronicle', 'courier', 'bulletin', 'magazine', 'newspaper', 'broadcasting',
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
