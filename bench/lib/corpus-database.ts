import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { contentHash } from '@/lib/importer';
import { prepareDatabase } from '../../scripts/lib/prepare-database';
import { ROOT } from '../../scripts/lib/run';

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`The database URL names no database: ${url}`);
  return name;
}

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)]);
    return (rowCount ?? 0) > 0;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * A new database as `npm start` and `npm test` make one: Prisma's migrations through the Prisma
 * CLI, then the seed (the five source articles, the knowledge base, the tagging, the briefs).
 */
export async function createBenchDatabase(url: string, log: (line: string) => void): Promise<void> {
  const name = databaseName(url);
  if (await databaseExists(url)) {
    throw new Error(`--create: database "${name}" already exists. Drop it first, or run without --create to add to it.`);
  }
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  await prepareDatabase(url, (line) => log(`  ${line.trim()}`));
}

async function realCorpusHashes(): Promise<string[]> {
  const dir = path.join(ROOT, 'prisma', 'corpus');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
  return Promise.all(files.map(async (f) => contentHash(await readFile(path.join(dir, f), 'utf8'))));
}

/**
 * Refuses targets the generator must not write into: a database without the schema or the
 * knowledge base, and, unless `append`, one that holds the real seeded corpus (the portal's own
 * database, most likely), where 100,000 invented articles would bury the real ones.
 */
export async function checkTarget(client: pg.Client, { append, created }: { append: boolean; created: boolean }): Promise<void> {
  const name = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? '?';
  const { rows: tables } = await client.query<{ t: string | null }>(`SELECT to_regclass('public."Article"')::text AS t`);
  if (!tables[0]?.t) throw new Error(`Database "${name}" has no Caspian Briefings schema. Use --create for a new database.`);
  const { rows: entities } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Entity"');
  if ((entities[0]?.n ?? 0) === 0) {
    throw new Error(`Database "${name}" has no knowledge base, so there is nothing to mention. Use --create for a new database.`);
  }
  if (created || append) return;
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article" WHERE "contentHash" = ANY($1::text[])', [
    await realCorpusHashes(),
  ]);
  const real = rows[0]?.n ?? 0;
  if (real > 0) {
    throw new Error(
      `Refusing to write: database "${name}" holds the real seeded corpus (${real} source articles). ` +
        'Synthetic articles would mix with them. Pass --append to add them anyway (e.g. to a bench database made ' +
        'with --create), or use --create with a new database name.',
    );
  }
}
