import type { Token } from '@/lib/tagging/token';
import { tokenize } from '@/lib/tagging/tokenize';

/** Above the longest entity name, 8 words ("Ministry of Defence of the Republic of Kazakhstan"). */
export const MAX_NAME_WORDS = 10;

/**
 * The query's words (as the tagger reads them, with offsets into the query) in runs that may hold
 * a name: the words of one quoted phrase, a run of plain words, or one negated word. A name never
 * spans an OR, a quote or a minus, so replacing it keeps what websearch_to_tsquery makes of the
 * rest. Quotes and operators are read as websearch_to_tsquery reads them: an unclosed quote runs
 * to the end, "-" negates the word it starts, and a lone "or" outside quotes is the OR operator.
 */
export function nameRuns(q: string): Token[][] {
  const runOf = new Int32Array(q.length).fill(-1);
  let run = 0;
  let inPhrase = false;
  let i = 0;
  while (i < q.length) {
    const c = q.charAt(i);
    if (c === '"') {
      inPhrase = !inPhrase;
      run++;
      i++;
    } else if (inPhrase) {
      runOf[i++] = run;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      let end = i;
      while (end < q.length && q.charAt(end) !== '"' && !/\s/.test(q.charAt(end))) end++;
      const word = q.slice(i, end);
      const negated = word.startsWith('-');
      if (word.toLowerCase() === 'or' || negated) run++;
      if (word.toLowerCase() !== 'or') runOf.fill(run, i, end);
      if (negated) run++;
      i = end;
    }
  }
  const runs = new Map<number, Token[]>();
  for (const token of tokenize(q)) {
    const id = runOf[token.start] ?? -1;
    if (id < 0) continue;
    const tokens = runs.get(id) ?? [];
    tokens.push(token);
    runs.set(id, tokens);
  }
  return [...runs.values()];
}

/** Every sequence of consecutive words of a run, up to MAX_NAME_WORDS, in EntityName.normalized form. */
export function nameKeys(runs: readonly Token[][]): string[] {
  const keys = new Set<string>();
  for (const tokens of runs) {
    for (let start = 0; start < tokens.length; start++) {
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_NAME_WORDS); end++) {
        keys.add(keyOf(tokens.slice(start, end)));
      }
    }
  }
  return [...keys];
}

export function keyOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}
