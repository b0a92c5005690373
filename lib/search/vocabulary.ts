import type { Token } from '@/lib/tagging/token';
import { normalizeForMatch } from '@/lib/tagging/normalize-for-match';
import { tokenize } from '@/lib/tagging/tokenize';

/**
 * Words and phrases that analysts and outlets use for the same thing: a query with one finds texts
 * with any. Expanded at query time (see termMatches) rather than by a thesaurus dictionary in the
 * text search configuration: a thesaurus needs a file in the server's tsearch_data folder, which a
 * managed or embedded PostgreSQL does not let us write, and changing it would mean re-indexing
 * every document; here the documents keep their plain english stems and a new term costs nothing.
 */
export const VOCABULARY: readonly (readonly string[])[] = [
  // With the Russian words analysts paste from Russian-language sources (the texts are mostly English).
  ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war game', 'wargame', 'military exercise', 'учения', 'учение', 'маневры', 'манёвры'],
  ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'MoD', 'министерство обороны', 'минобороны'],
  ['defence minister', 'defense minister', 'minister of defence', 'minister of defense'],
  ['counter-terrorism', 'counterterrorism', 'anti-terrorism', 'antiterrorism', 'anti-terror', 'counter-terror'],
  ['peacekeeping', 'peace-keeping'],
  ['naval', 'navy'],
  ['rapid reaction force', 'rapid deployment force', 'rapid response force'],
];

/** British and American spellings that no rule below derives safely. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['grey', 'gray'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['calibre', 'caliber'],
  ['aluminium', 'aluminum'],
  ['sceptic', 'skeptic'],
];

// American -or words whose British spelling is -our; the reverse (-our → -or) is a rule.
const OR_STEMS = /^(armo|harbo|labo|hono|favo|behavio|neighbo|colo|rumo|vigo|endeavo|humo|valo|savio|flavo|splendo)r/;

/** Spelling rules between British and American forms, on a lower-case word of five letters or more. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/isation(s?)$/, 'ization$1'],
  [/ization(s?)$/, 'isation$1'],
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/iz(e|es|ed|ing|er|ers)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/our(s|ed|ing|ite|ites|able|ably|al)?$/, 'or$1'],
  [OR_STEMS, '$1ur'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/oeuvr/, 'euver'],
  [/euver/, 'oeuvr'],
];

/** A word's other spellings (British ↔ American), without the word itself. */
export function spellingVariants(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5 || !/^[a-z]+$/.test(w)) return [];
  const out = new Set<string>();
  for (const [a, b] of PAIRS) {
    if (w.startsWith(a)) out.add(b + w.slice(a.length));
    if (w.startsWith(b) && w.length - b.length <= 2) out.add(a + w.slice(b.length));
  }
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(w)) out.add(w.replace(pattern, replacement));
  }
  out.delete(w);
  return [...out];
}

const keyOf = (tokens: readonly Token[]) => tokens.map((t) => singular(t.key)).join(' ');

/** A word's key without a plural ending, so that "drills" and "ministries" find their terms. */
export function singular(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

interface Term {
  words: string[];
  /** The term is an acronym ("MoD"): the query must show a capital, or "mod" the word would match. */
  capitals: boolean;
  group: readonly string[];
}

const TERMS: Term[] = VOCABULARY.flatMap((group) =>
  group.map((phrase) => ({
    words: normalizeForMatch(phrase).split(' ').map(singular),
    capitals: /\p{Lu}/u.test(phrase.slice(1)),
    group,
  })),
);
const LONGEST = Math.max(...TERMS.map((t) => t.words.length));

/** Words of the query that stand for more than themselves: offsets [start, end) and what else to search. */
export interface TermMatch {
  start: number;
  end: number;
  variants: string[];
}

function termAt(tokens: readonly Token[], start: number, text: string): { words: number; group: readonly string[] } | undefined {
  for (let n = Math.min(LONGEST, tokens.length - start); n > 0; n--) {
    const typed = tokens.slice(start, start + n);
    const keys = typed.map((t) => singular(t.key));
    const term = TERMS.find((t) => t.words.length === n && t.words.every((w, i) => w === keys[i]));
    if (!term) continue;
    if (term.capitals && !typed.some((t) => /\p{Lu}/u.test(text.slice(t.start, t.end)))) continue;
    return { words: n, group: term.group };
  }
  return undefined;
}

/**
 * The vocabulary terms and the words with other spellings in runs of the query's words (see
 * nameRuns), skipping the tokens `taken` (names already matched), longest term first.
 */
export function termMatches(q: string, runs: readonly Token[][], taken: (token: Token) => boolean): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const tokens of runs) {
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i];
      if (!token || taken(token)) {
        i++;
        continue;
      }
      const next = tokens.findIndex((t, j) => j > i && taken(t));
      const free = tokens.slice(i, next < 0 ? tokens.length : next);
      const term = termAt(free, 0, q);
      if (term) {
        const last = free[term.words - 1] ?? token;
        const typed = keyOf(free.slice(0, term.words));
        matches.push({ start: token.start, end: last.after, variants: term.group.filter((v) => keyOf(tokenize(v)) !== typed) });
        i += term.words;
        continue;
      }
      const variants = spellingVariants(q.slice(token.start, token.end));
      if (variants.length > 0) matches.push({ start: token.start, end: token.after, variants });
      i++;
    }
  }
  return matches;
}
