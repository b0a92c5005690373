import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * How rare each lexeme is across all documents, from the statistics ANALYZE keeps for the text
 * vectors (pg_stats.most_common_elems): a corpus-wide rarity, read in one small query and kept for
 * a few minutes, where the rarity among a search's own candidates is skewed by how they were picked
 * (a relaxed search's candidates all have most of the words, so every word looks common there).
 */
export interface LexemeStats {
  freq: ReadonlyMap<string, number>;
  /** The frequency below which a lexeme is not listed: an unlisted one is rarer than this. */
  floor: number;
}

const KEEP_MS = 5 * 60 * 1000;
// Before the first ANALYZE there is nothing to read: asked again soon, as autovacuum will run.
const KEEP_NONE_MS = 30 * 1000;
// Per client, as each client is one database (the tests run several in one process).
const cache = new WeakMap<PrismaClient, { at: number; stats: LexemeStats | undefined }>();

/** After an ANALYZE of one's own (a bench, a test), so the next search reads the new statistics. */
export function forgetLexemeStats(db: PrismaClient): void {
  cache.delete(db);
}

/** The lexeme frequencies of SearchDocument.vector, or undefined before the table was first analysed. */
export async function lexemeStats(db: PrismaClient): Promise<LexemeStats | undefined> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < (cached.stats ? KEEP_MS : KEEP_NONE_MS)) return cached.stats;
  const rows = await db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs::float8[] AS freqs
    FROM pg_stats WHERE tablename = 'SearchDocument' AND attname = 'vector' LIMIT 1`;
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  // The array ends with the least and the greatest frequency (see ts_typanalyze).
  const stats =
    elems && freqs && freqs.length >= elems.length + 2
      ? { freq: new Map(elems.map((e, i) => [e, freqs[i] ?? 0])), floor: (freqs[elems.length] ?? 0.001) / 2 }
      : undefined;
  cache.set(db, { at: Date.now(), stats });
  return stats;
}

type Token = { kind: 'lexeme'; value: string } | { kind: 'op'; value: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /'((?:[^']|'')*)'(?::[*A-D]+)?|<\d+>|<->|[()|&!]/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push({ kind: 'lexeme', value: m[1].replaceAll("''", "'") });
    else out.push({ kind: 'op', value: m[0] === '<->' || /^<\d+>$/.test(m[0]) ? '&' : m[0] });
  }
  return out;
}

/**
 * The share of documents a tsquery (as text) is estimated to match: an OR adds its branches' shares,
 * an AND or a phrase takes the smallest; a negation matches almost everything.
 */
export function estimateShare(text: string, stats: LexemeStats): number {
  const list = tokens(text);
  let i = 0;
  const lexeme = (v: string) => stats.freq.get(v) ?? stats.floor;
  const primary = (): number => {
    const t = list[i++];
    if (!t) return 1;
    if (t.kind === 'lexeme') return lexeme(t.value);
    if (t.value === '!') return 1 - primary();
    if (t.value === '(') {
      const v = or();
      i++; // the closing parenthesis
      return v;
    }
    return 1;
  };
  const and = (): number => {
    let v = primary();
    while (list[i]?.kind === 'op' && list[i]?.value === '&') {
      i++;
      v = Math.min(v, primary());
    }
    return v;
  };
  function or(): number {
    let v = and();
    while (list[i]?.kind === 'op' && list[i]?.value === '|') {
      i++;
      v = Math.min(1, v + and());
    }
    return v;
  }
  return list.length === 0 ? 1 : Math.max(or(), 1e-6);
}

/** A part's weight in ranking: the log of how rare it is (inverse document frequency), never quite 0. */
export function rarityWeight(text: string, stats: LexemeStats): number {
  return Math.max(0.05, Math.log(1 / estimateShare(text, stats)));
}
