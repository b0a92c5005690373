// Search benchmark (npm run bench:search): the real runSearch over databases of 10,000 and
// 100,000 synthetic articles (bench:corpus), with a mix of words, phrases, operators, entity names
// in several scripts, misspellings, filters and later pages. Budget at 100,000 articles: median
// under 30 ms, p95 under 100 ms. Databases caspian_bench_10k and caspian_bench_100k live on
// DATABASE_URL's server; --reuse keeps them when they already hold the corpus.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parseSearchParams } from '@/lib/search/params';
import type { SearchParams } from '@/lib/search/types';
import { withDatabase } from '../scripts/lib/embedded-postgres';
import { bin, node } from '../scripts/lib/run';
import { databaseExists, dropDatabase } from './lib/corpus-database';
import { idPrefix } from './lib/corpus-rows';
import { generateCorpus } from './lib/corpus-run';
import { QUERY_MIX } from './lib/search-queries';
import { report, type SizeResult } from './lib/search-report';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    seed: { type: 'string', default: 'caspian' },
    reuse: { type: 'boolean', default: false },
    // A module exporting runSearch with the same signature, to measure a proposed change side by side,
    // and a suffix for the database names (copies of the bench databases with its migration applied).
    module: { type: 'string' },
    suffix: { type: 'string', default: '' },
    // The start of the database names: caspian_bench_10k, … by default.
    prefix: { type: 'string', default: 'caspian_bench' },
    // A query still running after this many seconds is cancelled and counted at this time.
    'timeout-seconds': { type: 'string', default: '10' },
  },
});
const server = process.env.DATABASE_URL;
if (!server) {
  console.error('Set DATABASE_URL to a PostgreSQL server; the bench creates its databases there.');
  process.exit(2);
}
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const timeoutMs = Number(values['timeout-seconds']) * 1000;
type SearchModule = typeof import('@/lib/search/run-search');
const { runSearch }: SearchModule = values.module
  ? await import(path.resolve(values.module))
  : await import('@/lib/search/run-search');

async function corpusSize(url: string): Promise<number> {
  if (!(await databaseExists(url))) return -1;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article" WHERE id LIKE $1', [`${idPrefix(values.seed)}%`]);
    return rows[0]?.n ?? 0;
  } catch {
    return -1;
  } finally {
    await client.end();
  }
}

/** The bench database for a size: reused when asked and complete, otherwise made afresh. */
async function prepare(articles: number): Promise<string> {
  const url = withDatabase(server ?? '', `${values.prefix}_${articles % 1000 === 0 ? `${articles / 1000}k` : articles}${values.suffix}`);
  if (values.reuse && (await corpusSize(url)) === articles) {
    console.log(`Reusing ${new URL(url).pathname.slice(1)} (${articles.toLocaleString('en')} articles); applying new migrations, if any.`);
    await node(bin.prisma, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'inherit'] });
  } else {
    await dropDatabase(url);
    const s = await generateCorpus({ articles, databaseUrl: url, seed: values.seed, create: true, append: false });
    console.log(
      `Generated ${s.articles.toLocaleString('en')} articles, ${s.paragraphs.toLocaleString('en')} paragraphs, ` +
        `${s.mentions.toLocaleString('en')} mentions in ${s.seconds.toFixed(1)} s (${s.loadSeconds.toFixed(1)} s without creating the database).`,
    );
  }
  // Fresh statistics and a visibility map, as autovacuum leaves a database that has settled.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM (ANALYZE)');
  await client.end();
  return url;
}

/** One search, timed; a search cancelled by the statement timeout counts as taking the timeout. */
async function timedSearch(db: PrismaClient, params: SearchParams): Promise<{ ms: number; timedOut: boolean }> {
  const t = performance.now();
  try {
    const response = await runSearch(db, params);
    if (response.outcome.status === 'idle') throw new Error(`no query in ${JSON.stringify(params)}`);
    return { ms: performance.now() - t, timedOut: false };
  } catch (error) {
    if (!/statement timeout/i.test(String(error))) throw error;
    return { ms: timeoutMs, timedOut: true };
  }
}

async function measure(url: string, articles: number): Promise<SizeResult> {
  const limited = new URL(url);
  limited.searchParams.set('options', `-c statement_timeout=${timeoutMs}`);
  const db = createPrismaClient(limited.toString());
  const result: SizeResult = { articles, byClass: new Map(), byQuery: new Map(), timedOut: new Set() };
  try {
    const queries = QUERY_MIX.map((query) => ({ ...query, params: parseSearchParams(query.raw) }));
    for (let round = 0; round < warmup; round++) for (const query of queries) await timedSearch(db, query.params);
    for (let round = 0; round < rounds; round++) {
      // Another order each round, so no query always follows the one that warmed its pages.
      const order = queries.map((query, i) => ({ query, key: (i * 7919 + round * 104729) % queries.length })).sort((a, b) => a.key - b.key);
      for (const { query } of order) {
        const { ms: elapsed, timedOut } = await timedSearch(db, query.params);
        const label = Object.entries(query.raw).map(([k, v]) => `${k}=${v}`).join('&');
        if (timedOut) result.timedOut.add(label);
        result.byClass.set(query.class, [...(result.byClass.get(query.class) ?? []), elapsed]);
        result.byQuery.set(label, [...(result.byQuery.get(label) ?? []), elapsed]);
      }
    }
  } finally {
    await db.$disconnect();
  }
  return result;
}

const results: SizeResult[] = [];
for (const articles of sizes) {
  const url = await prepare(articles);
  console.log(`Measuring ${QUERY_MIX.length} queries × ${rounds} rounds (after ${warmup} warm-up rounds) at ${articles.toLocaleString('en')} articles…`);
  results.push(await measure(url, articles));
}
report(results, console.log);
