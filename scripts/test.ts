// `npm test`: every check, in order: typecheck, lint, unit tests, integration tests against a
// PostgreSQL database created for this run, then end-to-end tests in Chromium against the
// production build. Uses the server in DATABASE_URL, or an embedded one when it is unset.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { writeBuildStamp } from './lib/build-stamp';
import {
  dropDatabase,
  ensureDatabase,
  makeTempClusterDir,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedCluster,
} from './lib/embedded-postgres';
import { prepareDatabase } from './lib/prepare-database';
import { bin, node } from './lib/run';

// e.g. `npm test -- unit e2e`; anything else is passed to Playwright, so that
// `npm test -- e2e e2e/reader/search.spec.ts` runs one spec against a fresh build.
const STAGES = new Set(['typecheck', 'lint', 'unit', 'integration', 'e2e']);
const args = process.argv.slice(2);
const only = new Set(args.filter((a) => STAGES.has(a)));
const playwrightArgs = args.filter((a) => !STAGES.has(a));
const wants = (stage: string) => only.size === 0 || only.has(stage);
const log = (line: string) => console.log(`\n[test] ${line}`);
const results: { stage: string; ok: boolean; seconds: number }[] = [];

async function stage(name: string, fn: () => Promise<void>): Promise<void> {
  if (!wants(name)) return;
  log(`── ${name} ──`);
  const t = Date.now();
  try {
    await fn();
    results.push({ stage: name, ok: true, seconds: (Date.now() - t) / 1000 });
  } catch (error) {
    results.push({ stage: name, ok: false, seconds: (Date.now() - t) / 1000 });
    console.error(`[test] ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

let cluster: EmbeddedCluster | undefined;
let tempDir: string | undefined;
let serverUrl: string | undefined;
const database = `caspian_test_${Date.now().toString(36)}_${process.pid}`;

try {
  await stage('typecheck', async () => {
    await node(bin.next, ['typegen']);
    await node(bin.tsc, ['--noEmit']);
  });
  await stage('lint', () => node(bin.eslint, ['.', '--max-warnings=0']));
  await stage('unit', () => node(bin.vitest, ['run', '--project', 'unit']));

  if (wants('integration') || wants('e2e')) {
    if (process.env.DATABASE_URL) {
      serverUrl = process.env.DATABASE_URL;
    } else {
      const temp = makeTempClusterDir('caspian-test-pg-');
      tempDir = temp.remove;
      cluster = await startEmbeddedPostgres({ dataDir: temp.dataDir, port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339) });
      serverUrl = cluster.url('postgres');
    }
    await ensureDatabase(serverUrl, database);
    const testUrl = withDatabase(serverUrl, database);
    // A throwaway signing secret for this run's sessions.
    const env = { ...process.env, DATABASE_URL: testUrl, AUTH_SECRET: randomBytes(48).toString('base64url') };
    log(`Test database: ${database}`);

    await stage('integration', () => node(bin.vitest, ['run', '--project', 'integration'], { env }));
    await stage('e2e', async () => {
      await prepareDatabase(testUrl, (line) => console.log(line));
      await node(bin.next, ['build'], { env: { ...env, NODE_ENV: 'production' } });
      writeBuildStamp();
      await node(bin.playwright, ['test', ...playwrightArgs], { env });
    });
  }
} finally {
  if (serverUrl) await dropDatabase(serverUrl, database).catch((e) => console.error(`[test] could not drop ${database}: ${e}`));
  if (cluster) await cluster.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

log('Summary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.stage} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
