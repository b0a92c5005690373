// The portal under a realistic mix, as an operator would try it: 200 connections for 60 s, 85% of
// them reading reader pages, 10% searching, 5% on /compare views, all at once against the
// production server (scripts/serve.ts). Prints per class p50/p99, requests, errors, timeouts and
// status counts, and the server's resident memory before and after; first, cached /compare one
// request at a time (its median).
// Budgets: p99 < 1 s for every class, zero errors, zero 5xx; resident memory < 600 MB after;
// cached /compare median < 5 ms.
// Each class is a closed loop of its share of the connections (one wrk process each, see
// lib/wrk.ts), so a class's share of the requests follows its speed; the shares achieved are printed too.
//   npx tsx bench/mixed-load.ts [--seconds 60] [--connections 200] [--pages 40]
// Needs a `next build`, DATABASE_URL (a seeded database; a large one from `npm run bench:corpus`),
// and Debian's wrk (installed with apt-get when missing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { QUERY_MIX } from './lib/search-queries';
import { arg, median, readerPages, residentMb, startPortal, warm } from './lib/portal';
import { ensureTools, pathsScript, wrk, type WrkResult } from './lib/wrk';

const SECONDS = arg('seconds', 60);
const CONNECTIONS = arg('connections', 200);
const PAGES = arg('pages', 40);
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const COMPARE_VIEWS = [
  '/compare',
  '/compare/kazakhstan',
  '/compare/azerbaijan/kazakhstan',
  '/compare/russia',
  '/compare?org=csto',
  '/compare/kazakhstan?from=2015&to=2025',
  '/compare/turkey/uzbekistan',
  '/compare/russia?from=2020',
];

/** Cached /compare, one request at a time, as a reader's browser asks (gzip). */
async function cachedCompareMedian(origin: string, rounds = 50): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const response = await fetch(`${origin}/compare`, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/compare answered ${response.status}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

ensureTools(['wrk']);
const dir = mkdtempSync(path.join(tmpdir(), 'caspian-mixed-'));
const { server, origin } = await startPortal(PORT);
try {
  const pages = await readerPages(origin, PAGES);
  const searches = QUERY_MIX.map((query) => `/search?${new URLSearchParams(query.raw).toString()}`);
  const misses = await warm(origin, [...pages, ...COMPARE_VIEWS]);
  if (misses.length) console.log(`not served from the cache after warming: ${misses.join(', ')}`);
  const compareMedian = await cachedCompareMedian(origin);
  const compareOk = compareMedian < 5;
  console.log(`cached /compare, one at a time: median ${compareMedian.toFixed(2)} ms (budget < 5 ms)  ${compareOk ? 'PASS' : 'FAIL'}`);
  const before = residentMb(server.pid);
  const shares: [string, number, string[]][] = [
    ['reader pages', Math.round(CONNECTIONS * 0.85), pages],
    ['search', Math.round(CONNECTIONS * 0.1), searches],
    ['compare', CONNECTIONS - Math.round(CONNECTIONS * 0.85) - Math.round(CONNECTIONS * 0.1), COMPARE_VIEWS],
  ];
  console.log(`${CONNECTIONS} connections for ${SECONDS} s: ${shares.map(([n, c, p]) => `${n} ${c} (${p.length} addresses)`).join(', ')}; resident memory ${before.toFixed(0)} MB`);
  const results: (WrkResult & { name: string })[] = await Promise.all(
    shares.map(async ([name, connections, paths]) => ({ name, ...(await wrk(origin, { connections, seconds: SECONDS, script: pathsScript(dir, name, paths) })) })),
  );
  const after = residentMb(server.pid);
  const total = results.reduce((n, r) => n + r.requests, 0);
  let pass = misses.length === 0 && compareOk;
  for (const r of results) {
    const fivexx = Object.entries(r.statuses).reduce((n, [code, count]) => n + (Number(code) >= 500 ? count : 0), 0);
    const ok = r.p99 < 1000 && r.errors === 0 && r.timeouts === 0 && fivexx === 0;
    pass &&= ok;
    console.log(
      `  ${r.name.padEnd(13)} ${String(r.requests).padStart(7)} requests (${((100 * r.requests) / Math.max(1, total)).toFixed(1)}%)` +
        `  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}  timeouts ${r.timeouts}  statuses ${JSON.stringify(r.statuses)}  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  const memoryOk = after < 600;
  console.log(`  resident memory ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after (budget < 600 MB)  ${memoryOk ? 'PASS' : 'FAIL'}`);
  console.log(`budgets (p99 < 1 s per class, no errors, timeouts or 5xx, memory, cached /compare): ${pass && memoryOk ? 'PASS' : 'FAIL'}`);
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
