// /compare budget: with 2,000 exercises and 60 countries in the knowledge base, the page's median
// server time warm must stay under 150 ms. Run: npx tsx bench/compare-page.ts
// Uses the server in DATABASE_URL (a database is created and dropped) or a throwaway embedded one.
import { rmSync } from 'node:fs';
import { eraForDate } from '@/lib/articles/era';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isBuildCurrent, writeBuildStamp } from '../scripts/lib/build-stamp';
import { dropDatabase, ensureDatabase, makeTempClusterDir, startEmbeddedPostgres, withDatabase } from '../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../scripts/lib/prepare-database';
import { bin, node, spawnPortal, waitForHttp } from '../scripts/lib/run';
import { measureLatency as latency } from './lib/latency';

const EXERCISES = 2_000;
const COUNTRIES = 60;
const PORT = 3301;

// A small deterministic generator, so runs compare like with like.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;

async function fill(url: string): Promise<void> {
  const db = createPrismaClient(url);
  const existing = await db.entity.findMany({ where: { type: 'COUNTRY' }, select: { id: true } });
  await db.entity.createMany({
    data: Array.from({ length: COUNTRIES - existing.length }, (_, i) => ({
      slug: `bench-country-${i}`,
      type: 'COUNTRY' as const,
      name: `Bench Country ${i}`,
      latitude: 30 + random() * 25,
      longitude: 40 + random() * 40,
    })),
  });
  const countries = await db.entity.findMany({ where: { type: 'COUNTRY' }, select: { id: true } });
  const places = await db.entity.findMany({ where: { type: 'PLACE', latitude: { not: null } }, select: { id: true } });
  const exercises: Prisma.EntityCreateManyInput[] = Array.from({ length: EXERCISES }, (_, i) => {
    const start = new Date(Date.UTC(2000 + Math.floor(random() * 27), Math.floor(random() * 12), 1));
    return { slug: `bench-exercise-${i}`, type: 'EXERCISE', name: `Bench Exercise ${i}`, startDate: start, startPrecision: 'MONTH', era: eraForDate(start) };
  });
  await db.entity.createMany({ data: exercises });
  const ids = await db.entity.findMany({ where: { slug: { startsWith: 'bench-exercise-' } }, select: { id: true } });
  const facts: Prisma.FactCreateManyInput[] = [];
  for (const { id } of ids) {
    const n = 2 + Math.floor(random() * 7);
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(pick(countries).id);
    [...chosen].forEach((subjectId, k) =>
      facts.push({ kind: 'PARTICIPATED_IN', subjectId, objectId: id, role: k === 0 ? 'HOST' : 'PARTICIPANT', editorNote: 'bench' }),
    );
    facts.push({ kind: 'HELD_IN', subjectId: id, objectId: pick(places).id, editorNote: 'bench' });
  }
  await db.fact.createMany({ data: facts });
  await db.$disconnect();
}


const temp = process.env.DATABASE_URL ? null : makeTempClusterDir('caspian-bench-');
const cluster = temp ? await startEmbeddedPostgres({ dataDir: temp.dataDir, port: 54358 }) : null;
const serverUrl = process.env.DATABASE_URL ?? cluster?.url('postgres') ?? '';
const database = `caspian_bench_${Date.now().toString(36)}`;
await ensureDatabase(serverUrl, database);
const url = withDatabase(serverUrl, database);
let server: ReturnType<typeof spawnPortal> | undefined;
try {
  await prepareDatabase(url, () => {});
  await fill(url);
  if (!isBuildCurrent()) {
    console.log('building the app first…');
    await node(bin.next, ['build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    writeBuildStamp();
  }
  server = spawnPortal(PORT, { ...process.env, DATABASE_URL: url }, { stdio: 'ignore' });
  await waitForHttp(`http://127.0.0.1:${PORT}/api/health`, 60_000, server);
  for (const path of ['/compare', '/compare/kazakhstan', '/compare?from=2015&to=2024']) {
    const r = await latency(`http://127.0.0.1:${PORT}${path}`, 30);
    console.log(`${path.padEnd(28)} ${EXERCISES} exercises, ${COUNTRIES} countries, warm, 30 runs: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms  [budget: median < 150 ms]`);
  }
  const base = await latency(`http://127.0.0.1:${PORT}/api/health`, 30);
  console.log(`/api/health on the same server: median ${base.median.toFixed(1)} ms`);
} finally {
  server?.kill('SIGTERM');
  await dropDatabase(serverUrl, database).catch(() => {});
  await cluster?.stop();
  if (temp) rmSync(temp.remove, { recursive: true, force: true });
}
