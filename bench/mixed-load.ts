// The portal under a realistic mix, as an operator would try it: 200 connections for 60 s, 85% of
// them reading reader pages, 10% searching, 5% on /compare views, all at once against the
// production server (scripts/serve.ts). Prints per class p50/p99, requests, errors, timeouts and
// status counts, and the server's resident memory before and after.
// Budgets: p99 < 1 s for every class, zero errors, zero 5xx; resident memory < 600 MB after.
// Each class is a closed loop of its share of the connections (autocannon), so a class's share of
// the requests follows its speed; the shares achieved are printed too.
//   npx tsx bench/mixed-load.ts [--seconds 60] [--connections 200] [--pages 40]
// Needs a `next build` and DATABASE_URL (a seeded database; a large one from `npm run bench:corpus`).
import autocannon from 'autocannon';
import { QUERY_MIX } from './lib/search-queries';
import { arg, readerPages, residentMb, startPortal, warm } from './lib/portal';

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

interface ClassResult {
  name: string;
  connections: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

function run(origin: string, name: string, connections: number, paths: string[]): Promise<ClassResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: origin, connections, duration: SECONDS, timeout: 10, requests: paths.map((path) => ({ method: 'GET', path })) },
      (error, result) => {
        if (error) return reject(error);
        const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]));
        resolve({ name, connections, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, timeouts: result.timeouts, statuses });
      },
    );
  });
}

const { server, origin } = await startPortal(PORT);
try {
  const pages = await readerPages(origin, PAGES);
  const searches = QUERY_MIX.map((query) => `/search?${new URLSearchParams(query.raw).toString()}`);
  const misses = await warm(origin, [...pages, ...COMPARE_VIEWS]);
  if (misses.length) console.log(`not served from the cache after warming: ${misses.join(', ')}`);
  const before = residentMb(server.pid);
  const shares: [string, number, string[]][] = [
    ['reader pages', Math.round(CONNECTIONS * 0.85), pages],
    ['search', Math.round(CONNECTIONS * 0.1), searches],
    ['compare', CONNECTIONS - Math.round(CONNECTIONS * 0.85) - Math.round(CONNECTIONS * 0.1), COMPARE_VIEWS],
  ];
  console.log(`${CONNECTIONS} connections for ${SECONDS} s: ${shares.map(([n, c, p]) => `${n} ${c} (${p.length} addresses)`).join(', ')}; resident memory ${before.toFixed(0)} MB`);
  const results = await Promise.all(shares.map(([name, connections, paths]) => run(origin, name, connections, paths)));
  const after = residentMb(server.pid);
  const total = results.reduce((n, r) => n + r.requests, 0);
  let pass = misses.length === 0;
  for (const r of results) {
    const fivexx = Object.entries(r.statuses).reduce((n, [code, count]) => n + (Number(code) >= 500 ? count : 0), 0);
    const ok = r.p99 < 1000 && r.errors === 0 && r.timeouts === 0 && fivexx === 0;
    pass &&= ok;
    console.log(
      `  ${r.name.padEnd(13)} ${String(r.requests).padStart(7)} requests (${((100 * r.requests) / Math.max(1, total)).toFixed(1)}%)` +
        `  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  timeouts ${r.timeouts}  statuses ${JSON.stringify(r.statuses)}  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  const memoryOk = after < 600;
  console.log(`  resident memory ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after (budget < 600 MB)  ${memoryOk ? 'PASS' : 'FAIL'}`);
  console.log(`budgets (p99 < 1 s per class, no errors, timeouts or 5xx, memory): ${pass && memoryOk ? 'PASS' : 'FAIL'}`);
} finally {
  server.kill('SIGTERM');
}
