// Cached reader pages under load: autocannon with 50 connections against the production server
// (scripts/serve.ts), compared in the same run with what that server gives for a static file.
// Budget: pages ≥ half the static file's requests per second, and no errors. Loopback only; each
// round lasts --seconds (default 10), rounds alternate static / pages so drift hits both alike.
//   npx tsx bench/load.ts [--seconds 10] [--rounds 3] [--pages 40]
// Needs a `next build` and DATABASE_URL (a seeded database, e.g. one made by `npm run bench:corpus`).
import autocannon from 'autocannon';
import { requireDatabaseUrl } from '@/lib/env';
import { spawnPortal, waitForHttp } from '../scripts/lib/run';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const SECONDS = arg('seconds', 10);
const ROUNDS = arg('rounds', 3);
const PAGES = arg('pages', 40);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const origin = `http://127.0.0.1:${PORT}`;

interface Round {
  rps: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
}

async function load(paths: string[], headers: Record<string, string> = {}): Promise<Round> {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    rps: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** Reader pages a visitor would open: from the sitemap's parts, a spread of articles, entities and briefs. */
async function readerPages(): Promise<string[]> {
  const locs = async (path: string) => [...(await (await fetch(origin + path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  const parts = await locs('/sitemap.xml');
  const first = (section: string) => parts.filter((p) => p === `/sitemaps/${section}-0.xml`);
  const all = (await Promise.all(['articles', 'entities', 'briefs'].flatMap(first).map(locs))).flat();
  const pick = (re: RegExp, n: number) => all.filter((p) => re.test(p)).slice(0, n);
  const pages = ['/', '/briefs', '/entities', ...pick(/^\/articles\/./, PAGES / 2), ...pick(/^\/(countries|organizations|exercises|places|people|events)\/./, PAGES / 2), ...pick(/^\/briefs\/./, 5)];
  return [...new Set(pages)];
}

async function staticFile(): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  if (!css) throw new Error('No stylesheet found on the home page to serve as the static file.');
  return css;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const server = spawnPortal(PORT, { ...process.env, DATABASE_URL: requireDatabaseUrl() }, { stdio: 'ignore' });
try {
  await waitForHttp(`${origin}/api/health`, 60_000, server);
  const pages = await readerPages();
  const file = await staticFile();
  // Warm: every page rendered once, then it must come from the cache.
  for (const path of pages) await (await fetch(origin + path)).text();
  const misses: string[] = [];
  for (const path of pages) {
    const response = await fetch(origin + path);
    await response.text();
    if (response.headers.get('x-nextjs-cache') !== 'HIT') misses.push(`${path} (${response.status}, ${response.headers.get('x-nextjs-cache') ?? 'not cached'})`);
  }
  console.log(`${pages.length} reader pages, warmed; static file ${file}`);
  if (misses.length) console.log(`not served from the cache: ${misses.join(', ')}`);

  const statics: Round[] = [];
  const cached: Round[] = [];
  const gzipped: Round[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    statics.push(await load([file]));
    cached.push(await load(pages));
    // As browsers ask for them: compressed (not part of the budget, which compares like with like).
    gzipped.push(await load(pages, { 'accept-encoding': 'gzip, deflate, br' }));
    const [s, c, g] = [statics.at(-1)!, cached.at(-1)!, gzipped.at(-1)!];
    console.log(
      `round ${round}: static ${s.rps.toFixed(0)} req/s (p50 ${s.p50} ms) · pages ${c.rps.toFixed(0)} req/s (p50 ${c.p50} ms, p99 ${c.p99} ms)` +
        ` · pages gzip ${g.rps.toFixed(0)} req/s (p50 ${g.p50} ms)`,
    );
  }
  const s = median(statics.map((r) => r.rps));
  const c = median(cached.map((r) => r.rps));
  const g = median(gzipped.map((r) => r.rps));
  const errors = [...statics, ...cached, ...gzipped].reduce((n, r) => n + r.errors + r.non2xx, 0);
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, medians:`);
  console.log(`  static file        ${s.toFixed(0)} req/s`);
  console.log(`  cached pages       ${c.toFixed(0)} req/s`);
  console.log(`  same, gzip         ${g.toFixed(0)} req/s (as browsers ask; for information)`);
  console.log(`  ratio              ${(c / s).toFixed(2)} (budget ≥ 0.50)  ${c / s >= 0.5 ? 'PASS' : 'FAIL'}`);
  console.log(`  errors and non-2xx ${errors} (budget 0)  ${errors === 0 && misses.length === 0 ? 'PASS' : 'FAIL'}`);
} finally {
  server.kill('SIGTERM');
}
