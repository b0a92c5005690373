import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Token } from '@/lib/tagging/token';
import { foldDashes, wholeQueryKey } from './alias-candidates';
import { queryParts, type QueryPart } from './clauses';
import { fuzzyKeys, fuzzyMatches, type FuzzyEntity } from './fuzzy-names';
import { lookUpNames, type NameRow } from './name-lookup';
import { matchNames, withPlaceholders, type NameForm, type NameMatch } from './name-matches';
import { nameKeys, nameRuns } from './query-words';
import type { EntityRef } from './types';
import { creditTransliterations, withTransliterations } from './transliterated-keys';
import { termMatches } from './vocabulary';

/** What the tsquery is built from (see tsquerySql): parsed, then names and terms swapped in. */
export interface ExpandedQuery {
  /** The query for websearch_to_tsquery, each recognised name or term replaced by a placeholder word. */
  text: string;
  /** Placeholder lexeme → the words it replaced, the tsquery text of its entities' names, other words searched with it. */
  names: { lexeme: string; typed: string; tsquery: string; variants: string[] }[];
  /** The query's parts (see queryParts), for ranking by how many of them a document has. */
  parts: QueryPart[];
  /** OR'd to the whole query: the names of the entity a one-word query misspells, else ''. */
  extra: string;
  /** For "why it matched": what the reader typed and the other forms searched for it, in order. */
  explain: { typed: string; forms: string[]; name: boolean }[];
  expandedWith: EntityRef[];
  expandedIds: string[];
  suggestions: EntityRef[];
  suggestionIds: string[];
  /** The tsquery text of each suggestion's names, for searching them when nothing else matched. */
  suggestionQueries: string[];
  /** The query, without operators, is one word. */
  oneWord: boolean;
  /** Some words were taken for a misspelt name (trigrams): "Did you mean" shows what was assumed. */
  guessed: boolean;
}

/** A one-word query this close to a name is taken as that name misspelt or shortened. */
const EXPAND_FROM = 0.4;

/**
 * Names expanded per query; later ones are searched as typed. Each adds an OR of phrases, and
 * ts_headline's cost grows faster than the query: 18 repeats of "Unity-2024" (a 200-character
 * query) took 30 ms a headline, 6 of them under 3 ms. Terms add fewer phrases each.
 */
const MAX_EXPANDED_NAMES = 6;
const MAX_EXPANDED_TERMS = 8;

/** Series names have a word or three ("Khazri", "Combat Commonwealth", "Norak Anti terror"). */
const SERIES_WORDS = 3;

const seriesKeys = (keys: readonly string[]) =>
  keys.filter((key) => {
    const words = key.split(' ');
    return words.length <= SERIES_WORDS && !/^\p{N}+$/u.test(words[words.length - 1] ?? '');
  });

const toRef = ({ name, slug, type }: NameRow): EntityRef => ({ name, slug, type });

function formsOf(rows: readonly NameRow[]): NameForm[] {
  return rows.flatMap((row) =>
    row.names ? (row.keys ?? []).map((key, i) => ({ key, form: row.forms?.[i] ?? key, entityId: row.id })) : [],
  );
}

const fuzzyOf = (rows: readonly NameRow[]): FuzzyEntity[] =>
  rows
    .filter((r) => r.names && r.fuzzyKeys && r.fuzzySims)
    .map((r) => ({ id: r.id, keys: r.fuzzyKeys ?? [], sims: r.fuzzySims ?? [], cores: r.cores ?? [] }));

const namesOf = (rows: readonly NameRow[], ids: readonly string[]): string =>
  rows
    .filter((r) => ids.includes(r.id) && r.names)
    .map((r) => `(${r.names})`)
    .join(' | ');

const covers = (matches: readonly NameMatch[]) => (token: Token) => matches.some((m) => token.start >= m.start && token.start < m.end);

/**
 * Finds the names and terms in the query. Every sequence of its words that is an entity's name,
 * in any form, takes the longest match and becomes an OR of all that entity's names, inside
 * whatever quotes, OR or minus surround it; then vocabulary terms and British or American
 * spellings become an OR of their variants; then a sequence of the remaining words that looks
 * like a name (trigrams) becomes that name, with its cores. When no word is a name, entities whose
 * names look like the query are proposed ("Kazakstan"), and a one-word query is also read as the
 * nearest of them.
 */
export async function expandQuery(db: PrismaClient, q: string): Promise<ExpandedQuery> {
  const runs = nameRuns(q);
  const keys = nameKeys(runs);
  const folded = wholeQueryKey(q);
  const oneWord = folded.length > 0 && !folded.includes(' ');
  const fuzzy = withTransliterations(fuzzyKeys(runs));
  const rows =
    keys.length > 0 || folded.length >= 3
      ? creditTransliterations(await lookUpNames(db, keys, seriesKeys(keys), fuzzy.keys, folded), fuzzy.origin)
      : [];
  const exact = matchNames(runs, formsOf(rows));
  const terms: NameMatch[] = termMatches(q, runs, covers(exact))
    .slice(0, MAX_EXPANDED_TERMS)
    .map((t) => ({ ...t, entityIds: [] }));
  const misspelt = fuzzyMatches(runs, fuzzyOf(rows), covers([...exact, ...terms]));
  const named = [...exact, ...misspelt].sort((a, b) => a.start - b.start).slice(0, MAX_EXPANDED_NAMES);
  const { text, placeholders } = withPlaceholders(q, [...named, ...terms]);
  const matchedIds = [...new Set(named.flatMap((m) => m.entityIds))];
  const near = rows.filter((r) => r.sim !== null);
  const [top] = near;
  const guess = matchedIds.length === 0 && oneWord && top && top.sim !== null && top.sim >= EXPAND_FROM && top.names ? top : undefined;
  const expanded = guess ? [guess] : rows.filter((r) => matchedIds.includes(r.id));
  const folding = foldDashes(text);
  const formsFor = (ids: readonly string[]) => rows.filter((r) => ids.includes(r.id)).flatMap((r) => r.allForms ?? []);
  return {
    text: folding,
    names: placeholders.map((p) => ({ lexeme: p.lexeme, typed: p.typed, tsquery: namesOf(rows, p.entityIds), variants: p.variants })),
    parts: queryParts(folding, new Map(placeholders.map((p) => [p.lexeme.slice(1, -1), p.typed]))),
    extra: guess ? namesOf(rows, [guess.id]) : '',
    explain: [
      ...placeholders.map((p) => ({ typed: p.typed, forms: [...new Set([...p.variants, ...formsFor(p.entityIds)])], name: p.entityIds.length > 0 })),
      ...(guess ? [{ typed: q, forms: [...(guess.cores ?? []), ...(guess.allForms ?? [])], name: true }] : []),
    ],
    expandedWith: expanded.map(toRef),
    expandedIds: expanded.map((r) => r.id),
    suggestions: near.map(toRef),
    suggestionIds: near.map((r) => r.id),
    suggestionQueries: near.map((r) => namesOf(rows, [r.id])),
    oneWord,
    guessed: misspelt.length > 0,
  };
}

/** Resolves the entity filter's slug. */
export async function findEntity(db: PrismaClient, slug: string): Promise<(EntityRef & { id: string }) | undefined> {
  const rows = await db.$queryRaw<Pick<NameRow, 'id' | 'name' | 'slug' | 'type'>[]>`
    SELECT id, name, slug, type FROM "Entity" WHERE slug = ${slug} LIMIT 1`;
  const row = rows[0];
  return row ? { id: row.id, name: row.name, slug: row.slug, type: row.type } : undefined;
}
