import type { Token } from '@/lib/tagging/token';
import { tokenize } from '@/lib/tagging/tokenize';
import { MAX_NAME_WORDS, keyOf } from './query-words';

/** An unambiguous name found for one of the query's word sequences. */
export interface NameForm {
  /** EntityName.normalized */
  key: string;
  /** The name as written, for its capitals. */
  form: string;
  entityId: string;
}

/** A name in the query: offsets [start, end) into the query and the entities it names. */
export interface NameMatch {
  start: number;
  end: number;
  entityIds: string[];
  /** Other words searched with it: spellings, vocabulary, a misspelt name's right spelling. */
  variants?: string[];
}

// As in the tagger, a short all-capitals name ("US") is not the common word typed in lower case
// ("tell us"), though names are otherwise matched without regard to case. A series name
// ("Khazri") is the first words of its form ("Khazri-2023").
function capitalsAgree(typed: readonly Token[], form: string): boolean {
  const words = tokenize(form);
  return words.length >= typed.length && typed.every((t, i) => !words[i]?.acronym || t.acronym);
}

/** The longest name starting at each word, left to right; a name's words are not matched again. */
export function matchNames(runs: readonly Token[][], forms: readonly NameForm[]): NameMatch[] {
  const byKey = new Map<string, NameForm[]>();
  for (const f of forms) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  const matches: NameMatch[] = [];
  for (const tokens of runs) {
    let start = 0;
    while (start < tokens.length) {
      const match = longestAt(tokens, start, byKey);
      if (!match) {
        start++;
        continue;
      }
      const first = tokens[start];
      const last = tokens[start + match.words - 1];
      if (first && last) matches.push({ start: first.start, end: last.after, entityIds: match.entityIds });
      start += match.words;
    }
  }
  return matches;
}

function longestAt(tokens: readonly Token[], start: number, byKey: Map<string, NameForm[]>): { words: number; entityIds: string[] } | undefined {
  for (let words = Math.min(MAX_NAME_WORDS, tokens.length - start); words > 0; words--) {
    const typed = tokens.slice(start, start + words);
    const named = (byKey.get(keyOf(typed)) ?? []).filter((f) => capitalsAgree(typed, f.form));
    if (named.length > 0) return { words, entityIds: [...new Set(named.map((f) => f.entityId))].sort() };
  }
  return undefined;
}

export interface Placeholder {
  /** The lexeme websearch_to_tsquery makes of the placeholder word, quoted as in tsquery text. */
  lexeme: string;
  /** The words it replaced, which are searched too. */
  typed: string;
  entityIds: string[];
  variants: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The query with each name replaced by a placeholder word that websearch_to_tsquery keeps as one
 * lexeme (letters and digits: the parser's "numword", which no dictionary stems), so that its
 * operators apply to the name as a whole; the lexeme is then replaced by the names' tsquery.
 */
export function withPlaceholders(q: string, matches: readonly NameMatch[]): { text: string; placeholders: Placeholder[] } {
  let prefix = 'zq';
  while (q.toLowerCase().includes(prefix)) prefix += 'x';
  const placeholders: Placeholder[] = [];
  let text = '';
  let at = 0;
  for (const [i, m] of [...matches].sort((a, b) => a.start - b.start).entries()) {
    const word = `${prefix}${i}k`;
    const before = WORD_CHAR.test(q.charAt(m.start - 1)) ? ' ' : '';
    const after = WORD_CHAR.test(q.charAt(m.end)) ? ' ' : '';
    text += `${q.slice(at, m.start)}${before}${word}${after}`;
    at = m.end;
    placeholders.push({ lexeme: `'${word}'`, typed: q.slice(m.start, m.end), entityIds: m.entityIds, variants: m.variants ?? [] });
  }
  return { text: text + q.slice(at), placeholders };
}
