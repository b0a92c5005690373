// `npm start`: brings the portal up on http://localhost:3000 (PORT honoured). Without DATABASE_URL
// it runs an embedded PostgreSQL whose data is kept in .data/postgres; then it migrates, seeds
// when empty, builds when the build is not current, and serves until Ctrl-C.
import path from 'node:path';
import { authSecret } from './lib/auth-secret';
import { isBuildCurrent, writeBuildStamp } from './lib/build-stamp';
import type { EmbeddedCluster } from './lib/embedded-postgres';
import { firstAdminNotice, writeAdminPasswordFile } from './lib/admin-password-file';
import { prepareFirstAdmin } from './lib/first-admin';
import { openLocalDatabase } from './lib/local-database';
import { prepareDatabase } from './lib/prepare-database';
import { bin, node, ROOT, spawnNode, waitForHttp } from './lib/run';

const started = Date.now();
const log = (line: string) => console.log(`[start] ${line}`);
const port = Number(process.env.PORT ?? 3000);
let cluster: EmbeddedCluster | undefined;
let server: ReturnType<typeof spawnNode> | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('Stopping…');
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server?.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    if (cluster) {
      await cluster.stop();
      log('Embedded PostgreSQL stopped.');
    }
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// npm does not pass SIGTERM on to the script it runs: if npm is gone, stop rather than linger.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 1_000).unref();

try {
  if (process.env.DATABASE_URL) log('Using the database in DATABASE_URL.');
  const database = await openLocalDatabase(log);
  cluster = database.cluster;
  const databaseUrl = database.url;
  await prepareDatabase(databaseUrl, log);
  const generatedAdmin = await prepareFirstAdmin(databaseUrl, log);

  if (isBuildCurrent()) {
    log('The production build is current.');
  } else {
    log('Building the portal (first start or changed sources; this takes a minute or two)…');
    await node(bin.next, ['build'], { env: { ...process.env, NODE_ENV: 'production' } });
    writeBuildStamp();
  }

  log(`Starting the server on port ${port}…`);
  server = spawnNode('--import', ['tsx', `${ROOT}scripts/serve.ts`], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: 'production', AUTH_SECRET: authSecret() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.on('exit', (code) => {
    if (!stopping) {
      log(`The server exited (code ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, server);
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`\n  Caspian Briefings is running at http://localhost:${port}`);
  console.log(`  Editors sign in at http://localhost:${port}/sign-in`);
  if (generatedAdmin) {
    const file = writeAdminPasswordFile(path.join(ROOT, '.data'), generatedAdmin);
    console.log(`\n${firstAdminNotice(generatedAdmin, file, Boolean(process.stdout.isTTY)).map((l) => `  ${l}`).join('\n')}`);
  }
  console.log('  Press Ctrl-C to stop.\n');
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
