// Entity editor budget: with 3,000 entities (each with two names and three facts), the median server
// time of /editor/entities (list, a search by any name form, the "has proposals" filter) and of one
// entity's editor page, signed in as an editor, warm, must stay under 200 ms.
// Run: npx tsx bench/entity-editor.ts (uses DATABASE_URL's server, or a throwaway embedded one).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { hashPassword } from '@/lib/platform/auth/password';
import { createPrismaClient } from '@/lib/platform/db/create-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normalizeForMatch } from '@/lib/tagging';
import { isBuildCurrent, writeBuildStamp } from '../scripts/lib/build-stamp';
import { dropDatabase, ensureDatabase, makeTempClusterDir, startEmbeddedPostgres, withDatabase } from '../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../scripts/lib/prepare-database';
import { bin, node, spawnPortal, waitForHttp } from '../scripts/lib/run';
import { latencyOf } from './lib/latency';

const ENTITIES = 3_000;
const PORT = Number(process.env.BENCH_PORT ?? 3302);
const RUNS = 30;

async function fill(url: string): Promise<{ entityId: string; email: string; password: string }> {
  const db = createPrismaClient(url);
  const countries = await db.entity.findMany({ where: { type: 'COUNTRY' }, select: { id: true } });
  const rows: Prisma.EntityCreateManyInput[] = Array.from({ length: ENTITIES }, (_, i) => ({ slug: `bench-exercise-${i}`, type: 'EXERCISE', name: `Bench Exercise ${i}` }));
  await db.entity.createMany({ data: rows });
  const ids = await db.entity.findMany({ where: { slug: { startsWith: 'bench-exercise-' } }, select: { id: true, name: true }, orderBy: { slug: 'asc' } });
  await db.entityName.createMany({
    data: ids.flatMap((e, i) => [
      { entityId: e.id, name: e.name, normalized: normalizeForMatch(e.name), lang: 'en', kind: 'CANONICAL' as const },
      { entityId: e.id, name: `Учения ${i}`, normalized: normalizeForMatch(`Учения ${i}`), lang: 'ru', kind: 'TRANSLATION' as const },
    ]),
  });
  await db.fact.createMany({
    data: ids.flatMap((e, i) => [0, 1, 2].map((k) => ({ kind: 'PARTICIPATED_IN' as const, subjectId: countries[(i + k) % countries.length]?.id ?? '', objectId: e.id, role: 'PARTICIPANT' as const, editorNote: 'bench' }))),
  });
  const password = randomBytes(12).toString('base64url');
  const email = `bench-${randomBytes(3).toString('hex')}@bench.test`;
  await db.user.create({ data: { email, name: 'Bench Editor', role: 'EDITOR', passwordHash: await hashPassword(password) } });
  const target = await db.entity.findUniqueOrThrow({ where: { slug: 'khazri-2023' }, select: { id: true } });
  await db.$disconnect();
  return { entityId: target.id, email, password };
}

/** Signs in through the portal's own credentials endpoint and returns the session cookie. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/editor` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.includes('session-token'));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return `${jar}; ${session}`;
}

async function measure(url: string, cookie: string) {
  const get = async () => {
    const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    await res.text();
  };
  for (let i = 0; i < 5; i++) await get();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await get();
    samples.push(performance.now() - t);
  }
  return latencyOf(samples);
}

const temp = process.env.DATABASE_URL ? null : makeTempClusterDir('caspian-bench-');
const cluster = temp ? await startEmbeddedPostgres({ dataDir: temp.dataDir, port: 54359 }) : null;
const serverUrl = process.env.DATABASE_URL ?? cluster?.url('postgres') ?? '';
const database = `caspian_bench_${Date.now().toString(36)}`;
await ensureDatabase(serverUrl, database);
const url = withDatabase(serverUrl, database);
let server: ReturnType<typeof spawnPortal> | undefined;
try {
  await prepareDatabase(url, () => {});
  const { entityId, email, password } = await fill(url);
  if (!isBuildCurrent()) {
    console.log('building the app first…');
    await node(bin.next, ['build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    writeBuildStamp();
  }
  server = spawnPortal(PORT, { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString('base64url') }, { stdio: 'ignore' });
  const base = `http://127.0.0.1:${PORT}`;
  await waitForHttp(`${base}/api/health`, 60_000, server);
  const cookie = await signIn(base, email, password);
  for (const path of ['/editor/entities', '/editor/entities?q=%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D1%8F+12', '/editor/entities?type=EXERCISE&proposals=1', `/editor/entities/${entityId}`]) {
    const r = await measure(`${base}${path}`, cookie);
    console.log(`${decodeURIComponent(path).padEnd(44)} ${ENTITIES} extra entities, warm, ${RUNS} runs: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms  [budget: median < 200 ms]`);
  }
} finally {
  server?.kill('SIGTERM');
  await dropDatabase(serverUrl, database).catch(() => {});
  await cluster?.stop();
  if (temp) rmSync(temp.remove, { recursive: true, force: true });
}
