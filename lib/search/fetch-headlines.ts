import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { HIT_END, HIT_START } from './highlight';
import { snippetQuery, type SnippetQuery } from './snippet-query';
import { tsqueryText } from './tsquery-sql';
import type { SearchKind } from './types';

// Before headlining: markers in the stored text are dropped, and ASCII hyphens become U+2010, which
// looks the same but which the parser splits on, as search_fold does ("Khazri-2023" highlights).
export const FROM = `-${HIT_START}${HIT_END}`;
export const TO = '\u2010';
const SNIPPET = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`;

/** Characters headlined for a snippet, from BEFORE ahead of where the query first shows. */
const WINDOW = 700;
const BEFORE = 200;
/** The most of a text ever headlined. */
const WHOLE = 50000;

const headline = (text: Prisma.Sql, query: Prisma.Sql, options: string) =>
  Prisma.sql`ts_headline('caspian', translate(${text}, ${FROM}, ${TO}), ${query}, ${options})`;

export interface Marked {
  titleMarked: string;
  snippetMarked: string;
}

/**
 * The headlines of the page's documents, in their order (missing for one deleted meanwhile).
 * ts_headline parses all the text it is given, 0.6 ms for an article of 3,500 characters:
 * headlining the page's texts whole was most of a search's cost. The snippet headlines a WINDOW of
 * the text around where a regular expression finds the query's first word or phrase (snippetQuery;
 * on the unaccented text, as the lexemes are), or the text's start when it has none (a title
 * match). Only when the window shows no match but the summary or body hold one (the expression
 * missed a word the stemmer reads otherwise) is the whole text headlined, as before. OFFSET 0 keeps
 * each LATERAL step from being inlined into every reference to it, which evaluated it several times.
 */
export async function fetchHeadlines(db: PrismaClient, query: string, docs: { kind: SearchKind; refId: string }[]): Promise<(Marked | undefined)[]> {
  if (docs.length === 0) return [];
  const snippet = snippetQuery(query);
  const rows = await db.$queryRaw<(Marked & { n: bigint })[]>`
    SELECT r.n, ${columnsSql(query, snippet)}
    FROM (SELECT p.n, d.title, d.summary, d.body, d.vector
          FROM unnest(${docs.map((d) => d.kind)}::text[], ${docs.map((d) => d.refId)}::text[]) WITH ORDINALITY AS p(kind, "refId", n)
          JOIN "SearchDocument" d ON d.kind = p.kind AND d."refId" = p."refId") r
    ${lateralsSql(snippet)}`;
  const byPosition = new Map(rows.map(({ n, ...marked }) => [Number(n), marked]));
  return docs.map((_, i) => byPosition.get(i + 1));
}

function columnsSql(query: string, snippet: SnippetQuery | undefined): Prisma.Sql {
  const tsquery = tsqueryText(query);
  const title = Prisma.sql`${headline(Prisma.sql`r.title`, tsquery, TITLE)} AS "titleMarked"`;
  if (!snippet) return Prisma.sql`${title}, ${headline(Prisma.sql`left(t.text, ${WINDOW})`, tsquery, SNIPPET)} AS "snippetMarked"`;
  const highlight = tsqueryText(snippet.highlight);
  return Prisma.sql`${title},
    CASE WHEN strpos(w.snippet, ${HIT_START}) > 0 OR NOT ts_filter(r.vector, '{b,c}') @@ ${highlight} THEN w.snippet
         ELSE ${headline(Prisma.sql`left(t.text, ${WHOLE})`, highlight, SNIPPET)} END AS "snippetMarked"`;
}

function lateralsSql(snippet: SnippetQuery | undefined): Prisma.Sql {
  const text = Prisma.sql`CROSS JOIN LATERAL (SELECT concat_ws(E'\n\n', nullif(r.summary, ''), nullif(r.body, '')) AS text OFFSET 0) t`;
  if (!snippet) return text;
  return Prisma.sql`${text}
    CROSS JOIN LATERAL (SELECT greatest(coalesce(regexp_instr(unaccent(t.text), ${snippet.pattern}, 1, 1, 0, 'i'), 0) - ${BEFORE}, 0) AS skip OFFSET 0) a
    CROSS JOIN LATERAL (SELECT substr(t.text, a.skip + 1, ${WINDOW}) AS cut OFFSET 0) c
    CROSS JOIN LATERAL (SELECT ${headline(wholeWords(Prisma.sql`c.cut`), tsqueryText(snippet.highlight), SNIPPET)} AS snippet OFFSET 0) w`;
}

/** The cut without the words it splits: the first unless it starts the text, the last unless it ends it. */
function wholeWords(cut: Prisma.Sql): Prisma.Sql {
  const head = Prisma.sql`CASE WHEN a.skip > 0 THEN regexp_replace(${cut}, '^\\S*\\s+', '') ELSE ${cut} END`;
  return Prisma.sql`CASE WHEN length(t.text) > a.skip + ${WINDOW} THEN regexp_replace(${head}, '\\s+\\S*$', '') ELSE ${head} END`;
}
