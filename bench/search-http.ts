// Search over HTTP against the search itself: for each query of the search benchmark's mix, the
// median time of GET /search on the production server, and of runSearch run in this process on the
// same database (its statements, their round trips and their assembly). What the portal adds on
// top (proxy, routing, rendering, compression) is the difference.
// Budget: over HTTP at most 2× runSearch (median over the query set), with SEARCH_CACHE_SECONDS=0.
//   npx tsx bench/search-http.ts [--rounds 7]
// Needs a `next build` and DATABASE_URL (a seeded database; a large one from `npm run bench:corpus`).
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { requireDatabaseUrl } from '@/lib/platform/env';
import { parseSearchParams } from '@/lib/search/params';
import { runSearch } from '@/lib/search/run-search';
import { arg, median, startPortal } from './lib/portal';
import { QUERY_MIX } from './lib/search-queries';

const ROUNDS = arg('rounds', 7);
const PORT = Number(process.env.BENCH_PORT ?? 3430);

// The same query is asked in every round: the server's brief cache of popular searches would answer
// it without searching. What is measured is the search, so that cache is off here.
process.env.SEARCH_CACHE_SECONDS = '0';
const db = createPrismaClient(requireDatabaseUrl());
const { server, origin } = await startPortal(PORT);
try {
  const rows: { query: string; http: number; search: number }[] = [];
  for (const query of QUERY_MIX) {
    const href = `/search?${new URLSearchParams(query.raw).toString()}`;
    const params = parseSearchParams(query.raw);
    const http: number[] = [];
    const search: number[] = [];
    // One warm-up each, then rounds alternating the two so drift hits both alike.
    await (await fetch(origin + href)).arrayBuffer();
    await runSearch(db, params);
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now();
      const response = await fetch(origin + href);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${href} answered ${response.status}`);
      http.push(performance.now() - t);
      t = performance.now();
      await runSearch(db, params);
      search.push(performance.now() - t);
    }
    rows.push({ query: new URLSearchParams(query.raw).toString(), http: median(http), search: median(search) });
  }
  for (const r of rows) console.log(`  ${r.query.padEnd(48).slice(0, 48)}  http ${r.http.toFixed(1).padStart(6)} ms  runSearch ${r.search.toFixed(1).padStart(6)} ms  ×${(r.http / r.search).toFixed(2)}`);
  const http = median(rows.map((r) => r.http));
  const search = median(rows.map((r) => r.search));
  const ratio = median(rows.map((r) => r.http / r.search));
  console.log(`\n${rows.length} queries × ${ROUNDS} rounds, medians: over HTTP ${http.toFixed(1)} ms, runSearch ${search.toFixed(1)} ms`);
  console.log(`  ratio HTTP / runSearch (median per query) ${ratio.toFixed(2)} (budget ≤ 2)  ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
} finally {
  server.kill('SIGTERM');
  await db.$disconnect();
}
