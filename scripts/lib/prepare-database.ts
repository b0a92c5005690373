import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { seed } from '../../prisma/seed';
import { bin, node, ROOT } from './run';

/** True when every migration in prisma/migrations is recorded as applied. */
async function migrationsApplied(client: pg.Client): Promise<boolean> {
  const wanted = readdirSync(path.join(ROOT, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const { rows: table } = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
  if (!table[0]?.t) return false;
  const { rows } = await client.query<{ migration_name: string }>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const applied = new Set(rows.map((r) => r.migration_name));
  return wanted.every((name) => applied.has(name));
}

/**
 * Applies Prisma's migrations (through the Prisma CLI, skipped when all are recorded as applied,
 * which keeps a warm start fast), then seeds the source articles when the database has none.
 */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (await migrationsApplied(client)) {
      log('Database migrations are up to date.');
    } else {
      log('Applying database migrations…');
      await node(bin.prisma, ['migrate', 'deploy'], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM "Article"');
    if (rows[0]?.n === '0') {
      log('Seeding the source articles…');
      await seed(databaseUrl, log);
    } else {
      log(`Database ready (${rows[0]?.n} articles).`);
    }
  } finally {
    await client.end();
  }
}
