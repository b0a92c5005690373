import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres';
import { ROOT } from './run';

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_DATA_DIR = path.join(ROOT, '.data', 'postgres');

/**
 * The portal's database: DATABASE_URL when set; otherwise the embedded cluster in .data/postgres,
 * started here unless `npm start` is already running it. `cluster` is set only when started here,
 * for the caller to stop.
 */
export async function openLocalDatabase(log: (line: string) => void): Promise<{ url: string; cluster?: EmbeddedCluster }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const probe = new pg.Client({ host: '127.0.0.1', port: EMBEDDED_PORT, user: 'postgres', password: 'caspian-local', database: 'caspian', connectionTimeoutMillis: 1_000 });
  try {
    await probe.connect();
    await probe.end();
    log(`Using the running embedded PostgreSQL (port ${EMBEDDED_PORT}).`);
    return { url: `postgresql://postgres:caspian-local@127.0.0.1:${EMBEDDED_PORT}/caspian` };
  } catch {
    log(`Starting the embedded PostgreSQL (data in .data/postgres, port ${EMBEDDED_PORT})…`);
    const cluster = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
    await ensureDatabase(cluster.url('postgres'), 'caspian');
    return { url: cluster.url('caspian'), cluster };
  }
}
