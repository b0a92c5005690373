import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ensureDatabase, makeTempClusterDir, startEmbeddedPostgres, type EmbeddedCluster } from '../../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../../scripts/lib/prepare-database';
import { spawnPortal, waitForHttp } from '../../scripts/lib/run';

// Its own database server and app server, so that stopping the database disturbs no other spec.
// Offset from the run's own E2E_PORT, so that two runs on one machine do not collide.
const offset = Number(process.env.E2E_PORT ?? 3100) - 3100;
const pgPort = Number(process.env.E2E_OUTAGE_PG_PORT ?? 54349 + offset);
const appPort = Number(process.env.E2E_OUTAGE_APP_PORT ?? 3300 + offset);
const base = `http://127.0.0.1:${appPort}`;
let dataDir: string;
let tempDir: string;
let cluster: EmbeddedCluster | undefined;
let server: ChildProcess | undefined;

const startDatabase = () => startEmbeddedPostgres({ dataDir, port: pgPort });

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  // Booting a database cluster, seeding it and starting a server outlast a test's default timeout.
  test.setTimeout(120_000);
  ({ dataDir, remove: tempDir } = makeTempClusterDir('caspian-outage-'));
  cluster = await startDatabase();
  await ensureDatabase(cluster.url('postgres'), 'caspian');
  await prepareDatabase(cluster.url('caspian'), () => {});
  server = spawnPortal(appPort, { ...process.env, DATABASE_URL: cluster.url('caspian') }, { stdio: 'ignore' });
  await waitForHttp(`${base}/api/health`, 60_000, server);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await cluster?.stop();
  rmSync(tempDir, { recursive: true, force: true });
});

const KHAZRI = '/articles/kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
// Pages that are in the cache before the outage: the front cache's, and Next's own (/compare/uzbekistan
// is asked for once before and once during the outage, so Next alone has it).
const CACHED = [KHAZRI, '/countries/kazakhstan', '/compare/kazakhstan', '/', '/briefs'];
const ONCE = '/compare/uzbekistan';
// Pages that need the database: a search, and an address no cache keeps (a 404 is never stored).
const NEEDS_DATABASE = ['/search?q=drills', '/search?q=aktau+exercise', '/articles/no-such-article-anywhere'];

test('while the database is down a page needing it gets a clear 503 page, and the portal recovers', async ({ page }) => {
  const path = '/search?q=khazri';
  expect((await page.goto(`${base}${path}`))?.status()).toBe(200);

  await cluster?.stop();
  cluster = undefined;
  const down = await page.goto(`${base}${path}`);
  expect(down?.status()).toBe(503);
  expect(down?.headers()['retry-after']).toBe('15');
  await expect(page.getByRole('heading', { name: 'Caspian Briefings is briefly unavailable' })).toBeVisible();
  expect((await page.request.get(`${base}/api/health`)).status()).toBe(503);

  cluster = await startDatabase();
  const back = await page.goto(`${base}${path}`);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
});

interface Seen {
  path: string;
  status: number;
  stale: boolean;
  retryAfter: string | null;
  started: number;
  ended: number;
}

/** Requests from `workers` clients in a loop over `paths` until `stop()` says so. */
async function load(paths: string[], workers: number, stop: () => boolean, seen: Seen[]): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; !stop(); i++) {
        const path = paths[i % paths.length] ?? '/';
        const started = Date.now();
        try {
          const response = await fetch(`${base}${path}`, { redirect: 'manual' });
          await response.arrayBuffer();
          const { status, headers } = response;
          seen.push({ path, status, stale: headers.get('x-served-stale') === 'database-unavailable', retryAfter: headers.get('retry-after'), started, ended: Date.now() });
        } catch {
          seen.push({ path, status: 0, stale: false, retryAfter: null, started, ended: Date.now() });
        }
      }
    }),
  );
}

test('under requests, a 7-second outage serves cached pages (marked), 503 for the rest, never a 500', async () => {
  if (!cluster) cluster = await startDatabase();
  for (const path of CACHED) {
    await expect(async () => {
      for (let i = 0; i < 2; i++) await fetch(`${base}${path}`);
      expect((await fetch(`${base}${path}`)).headers.get('x-nextjs-cache'), path).toBe('HIT');
    }).toPass({ timeout: 30_000 });
  }
  expect((await fetch(`${base}${ONCE}`)).status).toBe(200);

  const seen: Seen[] = [];
  let done = false;
  const running = load([...CACHED, ...NEEDS_DATABASE], 12, () => done, seen);
  await new Promise((r) => setTimeout(r, 1_500));
  const stopping = Date.now();
  await cluster?.stop();
  cluster = undefined;
  const stopped = Date.now();
  const once = await fetch(`${base}${ONCE}`);
  const onceBody = await once.text();
  await new Promise((r) => setTimeout(r, Math.max(0, 7_000 - (Date.now() - stopping))));
  const starting = Date.now();
  cluster = await startDatabase();
  const back = Date.now();
  await new Promise((r) => setTimeout(r, 3_000));
  done = true;
  await running;

  const cachedPaths = new Set([...CACHED, ONCE]);
  const summary = (list: Seen[]) => list.map((s) => `${s.path} ${s.status}${s.stale ? ' stale' : ''}`).slice(0, 20);
  // Never a 500, nor a dropped connection, at any moment: before, during, while stopping and starting, after.
  expect(summary(seen.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503)))).toEqual([]);
  // Cached pages: always 200; marked as served stale while the database is away.
  expect(summary(seen.filter((s) => cachedPaths.has(s.path) && s.status !== 200))).toEqual([]);
  const during = seen.filter((s) => s.started >= stopped && s.ended <= starting);
  expect(summary(during.filter((s) => cachedPaths.has(s.path) && !s.stale))).toEqual([]);
  expect(during.filter((s) => s.stale).length).toBeGreaterThan(0);
  // A page only Next's own cache holds is served from it too, marked.
  expect(once.status).toBe(200);
  expect(once.headers.get('x-served-stale')).toBe('database-unavailable');
  expect(onceBody).toContain('Uzbekistan');
  // Pages that need the database: 503 with Retry-After while it is away.
  const needing = during.filter((s) => !cachedPaths.has(s.path));
  expect(needing.length).toBeGreaterThan(0);
  expect(summary(needing.filter((s) => s.status !== 503 || s.retryAfter !== '15'))).toEqual([]);
  // Once it is back, every request is answered as before.
  const after = seen.filter((s) => s.started >= back);
  expect(after.length).toBeGreaterThan(0);
  const expected = (s: Seen) => (s.path.startsWith('/articles/no-such') ? 404 : 200);
  expect(summary(after.filter((s) => s.status !== expected(s) || s.stale))).toEqual([]);
  console.log(`[outage] ${seen.length} requests; during the outage ${during.length}: ${during.filter((s) => s.stale).length} stale 200, ${needing.length} 503`);
});
