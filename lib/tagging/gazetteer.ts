import { tokenize } from './tokenize';
import type { Token } from './token';
import type { EntityType } from '@/lib/entities/types';
import type { TaggerName } from './types';

/** Trie edge that follows a possessive word: "People's Liberation Army" needs it, "Russia's" ends before it. */
export const POSSESSIVE_EDGE = "'s";
/** Prefix of an edge for a short all-capital name word ("US"), which only capital text matches. */
export const ACRONYM_PREFIX = '^';

/** What a name resolves to, once its words have matched. */
export interface NameEntry {
  entityKey: string;
  kind: TaggerName['kind'];
  /** Normalised context words, each as its sequence of keys; null when the name always counts. */
  context: string[][] | null;
}

export interface TrieNode {
  children: Map<string, TrieNode>;
  entries: NameEntry[] | null;
}

/** The compiled gazetteer: a trie keyed by normalised words. Build once, share between articles. */
export interface Gazetteer {
  readonly root: TrieNode;
  /** Names compiled (after dropping names with no words). */
  readonly nameCount: number;
  /** Each entity's type, by entity key. */
  readonly types: ReadonlyMap<string, EntityType>;
  /** Every compiled name, normalised (as normalizeForMatch gives it). */
  readonly names: ReadonlySet<string>;
  /** First words of multi-word names ("caspian" of "Caspian Sea"): modifiers, not names, on their own. */
  readonly modifiers: ReadonlySet<string>;
  /** The type most of the knowledge base's multi-word names ending in a word have ("center" → organization). */
  readonly headTypes: ReadonlyMap<string, EntityType>;
}

export function compileGazetteer(names: TaggerName[]): Gazetteer {
  const root: TrieNode = { children: new Map(), entries: null };
  let nameCount = 0;
  const types = new Map<string, EntityType>();
  const keys = new Set<string>();
  const modifiers = new Set<string>();
  const heads = new Map<string, Map<EntityType, number>>();
  for (const name of names) {
    const tokens = tokenize(name.name);
    if (tokens.length === 0) continue;
    nameCount++;
    types.set(name.entityKey, name.entityType);
    keys.add(tokens.map((token) => token.key).join(' '));
    if (tokens.length > 1 && tokens[0] && !/^\d/.test(tokens[1]?.key ?? '')) modifiers.add(tokens[0].key);
    // The head of "Ministry of Defense of Kazakhstan" is "Ministry", of "Caspian Sea" "Sea".
    const complement = tokens.findIndex((token, i) => i > 0 && (token.key === 'of' || token.key === 'for'));
    const head = tokens[complement > 0 ? complement - 1 : tokens.length - 1];
    if (tokens.length > 1 && head && !/^\d/.test(head.key)) {
      const counts = heads.get(head.key) ?? new Map<EntityType, number>();
      counts.set(name.entityType, (counts.get(name.entityType) ?? 0) + 1);
      heads.set(head.key, counts);
    }
    const entry: NameEntry = {
      entityKey: name.entityKey,
      kind: name.kind,
      context: compileContext(name.contextWords),
    };
    for (const path of namePaths(tokens)) insert(root, path, entry);
  }
  for (const key of keys) modifiers.delete(key);
  return { root, nameCount, types, names: keys, modifiers, headTypes: majorityTypes(heads) };
}

function majorityTypes(heads: Map<string, Map<EntityType, number>>): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const [key, counts] of heads) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (best && (!second || best[1] > second[1])) out.set(key, best[0]);
  }
  return out;
}

/** The words of a name as trie edges; with a "(…)" group, also the form without it. */
function namePaths(tokens: Token[]): string[][] {
  const full = tokens.flatMap(edgesOf);
  const outside = tokens.filter((_, i) => !insideParentheses(tokens, i));
  if (outside.length === tokens.length || outside.length === 0) return [full];
  return [full, outside.flatMap(edgesOf)];
}

function edgesOf(token: Token, index: number, tokens: readonly Token[]): string[] {
  const key = token.acronym ? ACRONYM_PREFIX + token.key : token.key;
  const last = index === tokens.length - 1;
  return token.possessive && !last ? [key, POSSESSIVE_EDGE] : [key];
}

function insideParentheses(tokens: Token[], index: number): boolean {
  for (let i = 0; i <= index; i++) {
    const skipTo = tokens[i]?.skipTo ?? -1;
    if (skipTo > index) return true;
  }
  return false;
}

function insert(root: TrieNode, path: string[], entry: NameEntry): void {
  let node = root;
  for (const edge of path) {
    let child = node.children.get(edge);
    if (!child) {
      child = { children: new Map(), entries: null };
      node.children.set(edge, child);
    }
    node = child;
  }
  const entries = (node.entries ??= []);
  if (!entries.some((known) => sameEntry(known, entry))) entries.push(entry);
}

function sameEntry(a: NameEntry, b: NameEntry): boolean {
  return a.entityKey === b.entityKey && a.kind === b.kind && JSON.stringify(a.context) === JSON.stringify(b.context);
}

function compileContext(words: string[] | undefined): string[][] | null {
  if (!words || words.length === 0) return null;
  const compiled = words.map((word) => tokenize(word).map((token) => token.key)).filter((keys) => keys.length > 0);
  return compiled.length > 0 ? compiled : null;
}
