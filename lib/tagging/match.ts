import { ACRONYM_PREFIX, POSSESSIVE_EDGE, type NameEntry, type TrieNode } from './gazetteer';
import type { Token } from './token';

/** Gazetteer names whose words run from token `first` to token `last`. */
export interface Hit {
  first: number;
  last: number;
  /** Character offsets of the matched text in the paragraph (possessive excluded). */
  start: number;
  end: number;
  entries: NameEntry[];
}

interface State {
  node: TrieNode;
  last: number;
}

/**
 * Every gazetteer name that starts at token `first`, longest first. Names stay within a sentence,
 * and may step over a short "(…)" group in the text, as "Бірлестік (Unity) - 2024" for "Бірлестік 2024".
 */
export function hitsAt(root: TrieNode, tokens: readonly Token[], first: number): Hit[] {
  const head = tokens[first];
  if (!head) return [];
  const stack: State[] = [];
  pushChildren(root, head, first, stack);
  if (stack.length === 0) return [];
  const byLast = new Map<number, Hit>();
  for (let state = stack.pop(); state; state = stack.pop()) {
    const token = tokens[state.last];
    if (!token) continue;
    if (state.node.entries) addHit(byLast, first, state.last, head.start, token.end, state.node.entries);
    let base: TrieNode | undefined = state.node;
    if (token.possessive) {
      base = state.node.children.get(POSSESSIVE_EDGE);
      if (base?.entries) addHit(byLast, first, state.last, head.start, token.after, base.entries);
    }
    if (!base || base.children.size === 0) continue;
    const next = tokens[state.last + 1];
    if (!next || next.sentence !== head.sentence) continue;
    pushChildren(base, next, state.last + 1, stack);
    const resumed = tokens[next.skipTo];
    if (next.skipTo > 0 && resumed && resumed.sentence === head.sentence) pushChildren(base, resumed, next.skipTo, stack);
  }
  return [...byLast.values()].sort((a, b) => b.last - a.last);
}

function pushChildren(node: TrieNode, token: Token, index: number, stack: State[]): void {
  const plain = node.children.get(token.key);
  if (plain) stack.push({ node: plain, last: index });
  if (token.acronym) {
    const acronym = node.children.get(ACRONYM_PREFIX + token.key);
    if (acronym) stack.push({ node: acronym, last: index });
  }
}

function addHit(byLast: Map<number, Hit>, first: number, last: number, start: number, end: number, entries: NameEntry[]): void {
  const known = byLast.get(last);
  if (!known) {
    byLast.set(last, { first, last, start, end, entries });
    return;
  }
  known.entries = [...known.entries, ...entries.filter((entry) => !known.entries.includes(entry))];
  known.end = Math.max(known.end, end);
}
