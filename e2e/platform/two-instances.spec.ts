import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createClient } from 'redis';
import { createBrief, saveDraft, transition } from '../../lib/briefs/service';
import { createPrismaClient } from '../../lib/platform/db/create-client';
import { startJobQueue } from '../../lib/platform/jobs/queue';
import { QUEUES } from '../../lib/platform/jobs/queues';
import { dropDatabase, ensureDatabase, withDatabase } from '../../scripts/lib/embedded-postgres';
import { prepareDatabase } from '../../scripts/lib/prepare-database';
import { spawnPortal, waitForHttp } from '../../scripts/lib/run';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { startStreamingPair, type StreamingPair } from '../../scripts/testing/streaming-replica';
import { hashPassword } from '../../lib/platform/auth/password';
import { actionId } from '../setup/action-id';
import { signIn } from '../setup/sign-in';
import type { TestUser } from '../setup/users';

// Two more instances of the portal on a database of their own (the run's own server is a worker of
// the run's database, and hears of no expiry over this Redis), in a PostgreSQL cluster of the
// spec's own with a streaming replica made from it by pg_basebackup (DATABASE_REPLICA_URLS), a
// Redis of the spec's own (so that it can be stopped), and nginx in front with the sample
// configuration (deploy/nginx.conf, its ports and paths changed to the run's), as a deployment has
// them. Ports offset from E2E_PORT.
const offset = Number(process.env.E2E_PORT ?? 3100) - 3100;
const ports: [number, number] = [3500 + offset, 3600 + offset];
const redisPort = 6500 + offset;
const nginxPort = 3700 + offset;
const bases = ports.map((p) => `http://127.0.0.1:${p}`);
const front = `http://127.0.0.1:${nginxPort}`;
const ARTICLE = 'kazakhstan-and-azerbaijan-hold-military-drills-without-russia-khazri-2023';
let instances: ChildProcess[] = [];
let redis: ChildProcess | undefined;
let nginx: RunningNginx | undefined;
let instanceEnv: NodeJS.ProcessEnv = process.env;
let pair: StreamingPair | undefined;

const database = `caspian_two_instances_${offset}`;
const serverUrl = () => {
  if (!pair) throw new Error('the streaming pair has not started');
  return pair.primaryUrl;
};
const databaseUrl = () => withDatabase(serverUrl(), database);
const replicaUrl = () => withDatabase(pair!.replicaUrl, database);

/** Transactions the replica has run in the spec's database (asked from another one, so as not to count itself). */
async function replicaTransactions(): Promise<number> {
  const client = createPrismaClient(withDatabase(pair!.replicaUrl, 'postgres'));
  try {
    const [row] = await client.$queryRaw<{ n: number }[]>`SELECT (xact_commit + xact_rollback)::float8 AS n FROM pg_stat_database WHERE datname = ${database}`;
    return row?.n ?? 0;
  } finally {
    await client.$disconnect();
  }
}

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(redisPort, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

// A database migrated and seeded for the spec, then two cold starts: minutes on a busy machine.
test.beforeAll(async () => {
  test.setTimeout(360_000);
  pair = await startStreamingPair();
  await dropDatabase(serverUrl(), database).catch(() => {});
  await ensureDatabase(serverUrl(), database);
  await prepareDatabase(databaseUrl(), () => {});
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await expect.poll(redisAnswers, { timeout: 10_000 }).toBe(true);
  instanceEnv = { ...process.env, DATABASE_URL: databaseUrl(), DATABASE_REPLICA_URLS: replicaUrl(), REDIS_URL: `redis://127.0.0.1:${redisPort}`, SHUTDOWN_GRACE_SECONDS: '10', TRUSTED_PROXIES: '127.0.0.1' };
  instances = ports.map((port) => spawnPortal(port, instanceEnv, { stdio: 'ignore' }));
  await Promise.all(bases.map((base, i) => waitForHttp(`${base}/api/health`, 180_000, instances[i])));
  nginx = startNginx({ port: nginxPort, upstreams: ports });
  await waitForHttp(`${front}/api/health`, 10_000, nginx.process);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await Promise.all(
    instances.map((instance) => (instance.exitCode === null ? new Promise((resolve) => (instance.once('exit', resolve), instance.kill('SIGTERM'))) : null)),
  );
  redis?.kill('SIGTERM');
  await nginx?.stop();
  await pair?.stop();
});

const policyNonce = (headers: Record<string, string>) => /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
/** Every nonce the page's scripts carry (one, when restamped right). */
const pageNonces = (body: string) => [...new Set([...body.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]))];

/** The page keys the instances stored in Redis (lib/cache/page-store.ts). */
async function storedPages(): Promise<string[]> {
  const client = createClient({ url: `redis://127.0.0.1:${redisPort}` });
  await client.connect();
  try {
    return await client.keys(`caspian:${database}:page:*`);
  } finally {
    await client.close();
  }
}

test('a brief published by the queue on one instance is what the other serves within a second, published once', async ({ request }) => {
  for (const base of bases) {
    await expect.poll(async () => (await (await request.get(`${base}/api/health`)).json()) as Record<string, unknown>, { timeout: 15_000 }).toMatchObject({
      database: 'up',
      replica: 'up',
      redis: 'up',
      queue: 'up',
    });
  }
  const replicaBefore = await replicaTransactions();
  const db = createPrismaClient(databaseUrl());
  const title = `Two instances ${Date.now()}`;
  try {
    // Both instances, and nginx in front, have /briefs cached before the publication.
    for (const base of bases) for (let i = 0; i < 2; i++) expect((await request.get(`${base}/briefs`)).status()).toBe(200);
    await expect.poll(async () => (await request.get(`${front}/briefs`)).headers()['x-cache-status'], { timeout: 5_000, intervals: [100] }).toBe('HIT');
    const editor = await db.user.create({ data: { email: `two-instances-${Date.now()}@example.test`, name: 'Two Instances', role: 'ADMIN' }, select: { id: true, role: true } });
    const created = await createBrief(db, editor, { title });
    if (!created.ok) throw new Error('brief not created');
    await saveDraft(db, editor, created.value.id, { title, body: `A claim.[^${ARTICLE}#p-1]`, baseVersion: 1 });
    const at = new Date(Date.now() + 1_000);
    expect((await transition(db, editor, created.value.id, 'SCHEDULED', { reason: 'two instances', scheduledFor: at, scheduledTz: 'UTC' })).ok).toBe(true);
    const sender = await startJobQueue({ connectionString: databaseUrl(), work: false });
    await sender.send(QUEUES.publishDue, { briefId: created.value.id }, { startAfter: at });
    await sender.stop();

    await expect.poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: created.value.id } })).status, { timeout: 10_000, intervals: [100] }).toBe('PUBLISHED');
    const published = Date.now();
    for (const base of [...bases, front]) {
      // Each try's time and cache states, said when it fails: a slow render or a stale page.
      const tries: string[] = [];
      const shows = async () => {
        const started = Date.now();
        const response = await request.get(`${base}/briefs`);
        const shown = (await response.text()).includes(title);
        tries.push(`${Date.now() - started} ms ${response.headers()['x-nextjs-cache'] ?? '-'}/${response.headers()['x-cache-status'] ?? '-'} ${shown ? 'new' : 'old'}`);
        return shown;
      };
      await expect
        .poll(shows, { timeout: 1_000, intervals: [50] })
        .toBe(true)
        .catch(() => {
          throw new Error(`${base}/briefs did not show the brief within a second: ${tries.join('; ')}`);
        });
    }
    expect(Date.now() - published).toBeLessThan(3_000);
    expect(await db.briefRevision.count({ where: { briefId: created.value.id } })).toBe(1);
    // The reader pages were read from the replica (its statistics reach the view within a second or so).
    await expect.poll(replicaTransactions, { timeout: 5_000, intervals: [250] }).toBeGreaterThan(replicaBefore);
  } finally {
    await db.$disconnect();
  }
});

test('a page one instance rendered is served by the other from Redis, not rendered again', async ({ request }) => {
  const path = `/articles/${ARTICLE}`;
  const first = await request.get(`${bases[0]}${path}`);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-nextjs-cache']).not.toBe('HIT');
  // Next's key for a page ends with its path (after the build id, and a route-cache prefix of its own).
  await expect.poll(async () => (await storedPages()).some((key) => key.endsWith(path)), { timeout: 5_000, intervals: [50] }).toBe(true);
  // Instance B has never been asked for this page: a HIT can only come from what A stored.
  const second = await request.get(`${bases[1]}${path}`);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  const title = /<h1[^>]*>(.*?)<\/h1>/s.exec(await first.text())?.[1];
  expect(title).toBeTruthy();
  const body = await second.text();
  expect(body).toContain(title!);
  // Rendered on A, restamped on B: every script carries the nonce B's policy names (both render with
  // the placeholder AUTH_SECRET gives them).
  expect(pageNonces(body)).toEqual([policyNonce(second.headers())]);
});

test('nginx keeps a reader page for a second and writes every response a nonce of its own; signed-in requests pass by', async ({ request }) => {
  const path = `/articles/${ARTICLE}`;
  const statuses: string[] = [];
  const nonces = new Set<string>();
  for (let i = 0; i < 8; i++) {
    const response = await request.get(`${front}${path}`);
    expect(response.status()).toBe(200);
    statuses.push(response.headers()['x-cache-status'] ?? '');
    const body = await response.text();
    const nonce = policyNonce(response.headers());
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    // Every script the page carries names this response's nonce, and the token is nowhere.
    expect(pageNonces(body)).toEqual([nonce]);
    expect(body).not.toContain(nginx!.token);
    expect(JSON.stringify(response.headers())).not.toContain(nginx!.token);
    expect(response.headers()['x-nonce-stamp']).toBeUndefined();
    nonces.add(nonce!);
  }
  expect(statuses).toContain('HIT');
  expect(nonces.size).toBe(8);
  // Kept for a second at most: then asked of an instance again.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  expect((await request.get(`${front}${path}`)).headers()['x-cache-status']).toBe('EXPIRED');
  // A session cookie: never answered from nginx's cache, whatever it holds.
  const signedIn = await request.get(`${front}${path}`, { headers: { cookie: 'authjs.session-token=not-a-session' } });
  expect(signedIn.headers()['x-cache-status']).toBe('BYPASS');
  // Asked directly (no token), an instance writes its own nonce and tells no one to keep the page.
  const direct = await request.get(`${bases[0]}${path}`);
  expect(direct.headers()['content-security-policy']).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
  expect(direct.headers()['x-accel-expires']).toBeUndefined();
});

/** A server action's answer (Next's flight text): the line that carries our result type. */
function actionResult(text: string): { ok: boolean; code?: string; message?: string; value?: { version: number } } | null {
  for (const line of text.split('\n')) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    try {
      const parsed = JSON.parse(json) as { ok?: unknown };
      if (typeof parsed.ok === 'boolean') return parsed as { ok: boolean };
    } catch {
      continue;
    }
  }
  return null;
}

interface SaverLog {
  briefId: string;
  /** The text of each save the server confirmed, in order. */
  confirmed: string[];
  /** Confirmed after the kill. */
  afterKill: number;
  /** Saves that got no answer or a refusal, sent again with the same text on the same base. */
  retried: string[];
  /** What must never happen: a conflict with one's own save, or a save never confirmed. */
  problems: string[];
}

/**
 * An editor's tab saving a draft as the autosave does (components/briefs/editor/use-autosave.ts):
 * each save on the version the last confirmed one returned; one that gets no answer, or is
 * refused, keeps its text and is sent again, same text, same base.
 */
async function saveDrafts(request: APIRequestContext, log: SaverLog, title: string, running: () => boolean, killed: () => boolean): Promise<void> {
  const id = actionId('saveDraftAction');
  let version = 1;
  let body = '';
  for (let step = 1; running(); step++) {
    body += `Paragraph ${step}, saved while the instances serve.\n\n`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      let answer: string;
      try {
        const response = await request.post(`/editor/briefs/${log.briefId}`, {
          headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: front },
          data: JSON.stringify([{ briefId: log.briefId, title, body, baseVersion: version }]),
          maxRedirects: 0,
        });
        const result = actionResult(await response.text());
        if (result?.ok && result.value) {
          version = result.value.version;
          log.confirmed.push(body);
          if (killed()) log.afterKill++;
          break;
        }
        if (result?.code === 'conflict') return void log.problems.push(`step ${step}: a conflict with its own save: ${result.message}`);
        answer = result ? `refused (${result.code}): ${result.message}` : `status ${response.status()}`;
      } catch (error) {
        answer = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      }
      log.retried.push(`step ${step}: ${answer}`);
      if (Date.now() > deadline) return void log.problems.push(`step ${step} was never saved: ${answer}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

test('killing an instance under load through nginx fails no reader request and loses no editor\'s save', async ({ browser }) => {
  test.setTimeout(240_000);
  // An editor signed in through nginx, with four drafts saved at once (four tabs) all along.
  const db = createPrismaClient(databaseUrl());
  const editor: TestUser = { email: `saver-${Date.now()}@example.test`, password: `pw-${Date.now()}-kill-a-save`, name: 'Saver', role: 'CONTRIBUTOR' };
  const user = await db.user.create({ data: { email: editor.email, name: editor.name, role: editor.role, passwordHash: await hashPassword(editor.password) }, select: { id: true, role: true } });
  const title = `Saved under a kill ${Date.now()}`;
  const logs: SaverLog[] = [];
  for (let i = 0; i < 4; i++) {
    const created = await createBrief(db, user, { title });
    if (!created.ok) throw new Error('brief not created');
    logs.push({ briefId: created.value.id, confirmed: [], afterKill: 0, retried: [], problems: [] });
  }
  const context = await browser.newContext({ baseURL: front });
  await signIn(await context.newPage(), editor);
  const paths = ['/', '/briefs', '/articles', `/articles/${ARTICLE}`, '/entities'];
  for (const path of paths) for (const base of bases) expect((await fetch(`${base}${path}`)).status).toBe(200);
  const statuses = new Map<string, number>();
  const failures: string[] = [];
  let stop = false;
  const reader = async (n: number) => {
    for (let i = n; !stop; i++) {
      const path = paths[i % paths.length]!;
      try {
        const response = await fetch(`${front}${path}`);
        const body = await response.text();
        const key = String(response.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (response.status !== 200 || !body.includes('</html>')) failures.push(`${path}: ${response.status}, ${body.length} bytes`);
      } catch (error) {
        failures.push(`${path}: ${error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)}`);
      }
    }
  };
  const readers = Array.from({ length: 8 }, (_, n) => reader(n));
  let aKilled = false;
  const savers = logs.map((log) => saveDrafts(context.request, log, title, () => !stop, () => aKilled));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const a = instances[0]!;
  const killed = new Promise((resolve) => a.once('exit', resolve));
  const before = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  a.kill('SIGKILL');
  await killed;
  aKilled = true;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  stop = true;
  await Promise.all([...readers, ...savers]);
  const total = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  expect(failures, nginx?.errors()).toEqual([]);
  expect(before).toBeGreaterThan(20);
  expect(total - before).toBeGreaterThan(20);
  // nginx noticed: it gave up on the killed instance and sent its requests to the other.
  expect(nginx?.errors()).toMatch(/upstream|connect\(\) failed/);

  // Every save landed once: the draft is the last text confirmed, one version and one audit record
  // per text, never a conflict with itself, nothing left unsaved.
  const retried = logs.flatMap((log) => log.retried);
  test.info().annotations.push({ type: 'saves', description: `${logs.map((log) => log.confirmed.length).join('+')} saves, ${logs.map((log) => log.afterKill).join('+')} after the kill; retried: ${retried.join('; ') || 'none'}` });
  expect(logs.flatMap((log) => log.problems)).toEqual([]);
  for (const log of logs) {
    expect(log.confirmed.length).toBeGreaterThan(5);
    expect(log.afterKill).toBeGreaterThan(0);
    const row = await db.brief.findUniqueOrThrow({ where: { id: log.briefId }, select: { body: true, version: true } });
    expect(row).toEqual({ body: log.confirmed.at(-1), version: 1 + log.confirmed.length });
    expect(await db.auditLog.count({ where: { targetId: log.briefId, action: 'brief.save' } })).toBe(log.confirmed.length);
  }
  console.log(`[two-instances] ${test.info().annotations.at(-1)?.description}`);
  await context.close();
  await db.$disconnect();

  // Back for the next test: the restarted instance serves from what Redis holds.
  instances[0] = spawnPortal(ports[0], instanceEnv, { stdio: 'ignore' });
  await waitForHttp(`${bases[0]}/api/health`, 150_000, instances[0]);
});

test('without Redis an instance keeps serving, uncached, and says so; SIGTERM drains and exits cleanly', async ({ request }) => {
  redis?.kill('SIGTERM');
  await expect.poll(redisAnswers, { timeout: 5_000 }).toBe(false);
  await expect.poll(async () => ((await (await request.get(`${bases[1]}/api/health`)).json()) as { redis: string }).redis, { timeout: 5_000 }).toBe('down');
  const health = await request.get(`${bases[1]}/api/health`);
  expect(health.status()).toBe(200);
  for (let i = 0; i < 5; i++) expect((await request.get(`${bases[1]}/articles`)).status()).toBe(200);

  const a = instances[0]!;
  const exited = new Promise<number | null>((resolve) => a.once('exit', (code) => resolve(code)));
  const inFlight = request.get(`${bases[0]}/compare`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  a.kill('SIGTERM');
  expect((await inFlight).status()).toBe(200);
  expect(await exited).toBe(0);
  expect((await request.get(`${bases[1]}/briefs`)).status()).toBe(200);
});
