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

test('while the database is down readers get a clear 503 page, and the portal recovers', async ({ page }) => {
  expect((await page.goto(`${base}/articles`))?.status()).toBe(200);

  await cluster?.stop();
  cluster = undefined;
  const down = await page.goto(`${base}/articles`);
  expect(down?.status()).toBe(503);
  expect(down?.headers()['retry-after']).toBe('15');
  await expect(page.getByRole('heading', { name: 'Caspian Briefings is briefly unavailable' })).toBeVisible();
  expect((await page.request.get(`${base}/api/health`)).status()).toBe(503);

  cluster = await startDatabase();
  const back = await page.goto(`${base}/articles`);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
});
