// Knowledge-base budgets, measured against a real PostgreSQL and the production build:
//   re-tagging 1,000 articles (budget < 30 s), and an entity page with ~500 mentions served
//   warm (budget: median < 100 ms). Run: npx tsx bench/knowledge-base.ts
// Uses the server in DATABASE_URL (a database is created and dropped) or a throwaway embedded one.
import { rmSync } from 'node:fs';
import { importArticle } from '@/lib/articles/import-article';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import { retagAllArticles } from '@/lib/tagging/store';
import { isBuildCurrent, writeBuildStamp } from '../scripts/lib/build-stamp';
import { dropDatabase, ensureDatabase, makeTempClusterDir, startEmbeddedPostgres, withDatabase } from '../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../scripts/lib/prepare-database';
import { bin, node, spawnPortal, waitForHttp } from '../scripts/lib/run';
import { measureLatency as latency } from './lib/latency';

const ARTICLES = 1_000;
const TARGET_MENTIONS = 500;
const PORT = 3300;

function syntheticArticle(i: number): string {
  const aktau = i < TARGET_MENTIONS ? ' The delegations met in Aktau before the drills.' : '';
  const paragraphs = Array.from({ length: 12 }, (_, p) =>
    `Paragraph ${p + 1} of report ${i}: officials from Kazakhstan and Azerbaijan reviewed cooperation with Uzbekistan, ` +
    `the CSTO and NATO's Partnership for Peace, recalling Khazri-2023 and the planned Birlestik-2024 exercises on the Caspian Sea.` +
    (p === 3 ? aktau : '') +
    ' Analysts said the steps reflected a wider recalibration of regional security since the war in Ukraine began.',
  );
  return [`Synthetic regional security report number ${i}`, 'By Bench Writer', `${(i % 28) + 1} March 2024`, '', ...paragraphs].join('\n');
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}



const temp = process.env.DATABASE_URL ? null : makeTempClusterDir('caspian-bench-');
const cluster = temp ? await startEmbeddedPostgres({ dataDir: temp.dataDir, port: 54359 }) : null;
const serverUrl = process.env.DATABASE_URL ?? cluster!.url('postgres');
const database = `caspian_bench_${Date.now().toString(36)}`;
await ensureDatabase(serverUrl, database);
const url = withDatabase(serverUrl, database);
let server: ReturnType<typeof spawnPortal> | undefined;
try {
  await prepareDatabase(url, () => {});
  const db = createPrismaClient(url);
  const [, importMs] = await timed(async () => {
    for (let i = 0; i < ARTICLES; i++) await importArticle(db, syntheticArticle(i));
  });
  console.log(`imported ${ARTICLES} synthetic articles (12 paragraphs each) in ${(importMs / 1000).toFixed(1)} s`);
  const [count, retagMs] = await timed(() => retagAllArticles(db));
  const mentions = await db.mention.count();
  console.log(`re-tagged ${count} articles (${mentions} mentions stored) in ${(retagMs / 1000).toFixed(1)} s  [budget < 30 s for 1,000]`);
  const aktau = await db.mention.count({ where: { entity: { slug: 'aktau' } } });
  await db.$disconnect();

  if (!isBuildCurrent()) {
    console.log('building the app first…');
    await node(bin.next, ['build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    writeBuildStamp();
  }
  server = spawnPortal(PORT, { ...process.env, DATABASE_URL: url }, { stdio: 'ignore' });
  await waitForHttp(`http://127.0.0.1:${PORT}/api/health`, 60_000, server);
  const page = await latency(`http://127.0.0.1:${PORT}/places/aktau`, 50);
  const baseline = await latency(`http://127.0.0.1:${PORT}/api/health`, 50);
  console.log(`entity page /places/aktau with ${aktau} mentions, warm, 50 runs: median ${page.median.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms  [budget: median < 100 ms]`);
  console.log(`same server, /api/health: median ${baseline.median.toFixed(1)} ms (ratio ${(page.median / baseline.median).toFixed(1)}×)`);
} finally {
  server?.kill('SIGTERM');
  await dropDatabase(serverUrl, database).catch(() => {});
  await cluster?.stop();
  if (temp) rmSync(temp.remove, { recursive: true, force: true });
}
