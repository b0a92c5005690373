/**
 * A query's parts as websearch_to_tsquery ANDs them: a plain word (or a name's placeholder), a
 * quoted phrase, a negated word, or words joined by OR. Quoted phrases and negated words are
 * required even when the other parts are relaxed (see relaxedQuery).
 */
export interface QueryPart {
  /** Text for websearch_to_tsquery: the part as it appears in the query with placeholders. */
  text: string;
  /** The words as the reader typed them, for "missing: …". */
  label: string;
  required: boolean;
}

const isOr = (word: string) => word.toLowerCase() === 'or';

/** Splits the placeholder text of a query into its parts; `typed` maps a placeholder word back to the reader's words. */
export function queryParts(text: string, typed: ReadonlyMap<string, string>): QueryPart[] {
  const parts: QueryPart[] = [];
  const label = (s: string) => s.replace(/[\p{L}\p{N}]+/gu, (w) => typed.get(w) ?? w);
  let i = 0;
  let joinNext = false;
  const push = (raw: string, required: boolean) => {
    const previous = parts[parts.length - 1];
    if (joinNext && previous) {
      previous.text = `${previous.text} OR ${raw}`;
      previous.label = `${previous.label} or ${label(raw)}`;
      previous.required = previous.required && required;
    } else {
      parts.push({ text: raw, label: label(raw), required });
    }
    joinNext = false;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close + 1;
      push(text.slice(i, end), true);
      i = end;
    } else {
      let end = i;
      while (end < text.length && text.charAt(end) !== '"' && !/\s/.test(text.charAt(end))) end++;
      const word = text.slice(i, end);
      if (isOr(word) && parts.length > 0) joinNext = true;
      else push(word, word.startsWith('-') && word.length > 1);
      i = end;
    }
  }
  return parts;
}

/**
 * Parts beyond this are scored but not required in any number: the subsets grow combinatorially
 * (8 parts needing 6 made 28 subsets, each an index scan, twice: to count and to rank). The rarest
 * parts are kept (see rarityWeight): a common word adds little to which documents qualify.
 */
export const MAX_RELAXED_PARTS = 6;

/** How many of n optional parts a relaxed match needs: most of them, and all but two at least. */
export function neededOf(n: number): number {
  return Math.max(1, Math.ceil(n / 2), n - 2);
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  if (first === undefined) return [];
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

const group = (texts: readonly string[], op: '&' | '|') => (texts.length === 1 ? (texts[0] ?? '') : `( ${texts.join(` ${op} `)} )`);

export interface RelaxedQuery {
  /** Each subset of `needed` optional parts ANDed with every required part (tsquery texts). */
  subsets: string[];
  /** Their OR: documents with at least `needed` of the optional parts and every required one. */
  most: string;
  /** Any part: for the rank and the headlines. */
  any: string;
  needed: number;
  optional: number;
}

/**
 * The relaxed form of a query whose parts (their tsquery texts, '' for a part of stop words only)
 * found too few documents with all of them: the subsets of `needed` parts, each an AND that the
 * text index answers cheaply, where one OR of them all would make the index test its whole tree
 * against every document having any word. Undefined when fewer than `fewest` optional parts have
 * words (nothing to relax): two, or one when others were dropped for being in no document.
 */
export function relaxedQuery(parts: readonly { tsquery: string; required: boolean; weight?: number }[], fewest = 2): RelaxedQuery | undefined {
  const unique = (xs: string[]) => [...new Set(xs)];
  const optional = unique(parts.filter((p) => !p.required && p.tsquery !== '').map((p) => `( ${p.tsquery} )`));
  const required = unique(parts.filter((p) => p.required && p.tsquery !== '').map((p) => `( ${p.tsquery} )`));
  if (optional.length < fewest) return undefined;
  const weightOf = new Map(parts.map((p) => [`( ${p.tsquery} )`, p.weight ?? 0]));
  // The rarest first (a stable sort: without weights, the query's order).
  const combined = [...optional].sort((a, b) => (weightOf.get(b) ?? 0) - (weightOf.get(a) ?? 0)).slice(0, MAX_RELAXED_PARTS);
  const needed = neededOf(combined.length);
  const withRequired = (q: string) => (required.length > 0 ? `${q} & ${required.join(' & ')}` : q);
  const sets = subsets(combined, needed).map((s) => withRequired(group(s, '&')));
  const positive = [...optional, ...required.filter((r) => !r.startsWith('( !'))];
  return {
    subsets: sets,
    most: group(sets.map((s) => `( ${s} )`), '|'),
    any: withRequired(group(positive, '|')),
    needed,
    optional: optional.length,
  };
}
