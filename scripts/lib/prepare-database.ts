import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { seed } from '../../prisma/seed';
import { hashTree } from './build-stamp';
import { bin, node, ROOT } from './run';

// What the seed writes depends on: the corpus, the seeded knowledge base, the tagger and the briefs.
const SEED_INPUTS = ['prisma/corpus', 'prisma/seed.ts', 'prisma/briefs', 'lib/entities/seed', 'lib/entities/seed-knowledge-base.ts', 'prisma/record', 'lib/entities/record', 'lib/tagging', 'lib/briefs/seed-briefs.ts'];

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
 * which keeps a warm start fast), then runs the seed when its inputs changed since it last ran
 * (always on a new database). The seed is idempotent and keeps what editors did.
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
    const fingerprint = hashTree(SEED_INPUTS);
    const { rows } = await client.query<{ fingerprint: string }>(`SELECT fingerprint FROM "SeedState" WHERE key = 'seed'`);
    if (rows[0]?.fingerprint === fingerprint) {
      log('Database ready (seed up to date).');
    } else {
      log(rows[0] ? 'Seed data changed: updating…' : 'Seeding the source articles and the knowledge base…');
      await seed(databaseUrl, log);
      await client.query(
        `INSERT INTO "SeedState" (key, fingerprint, "updatedAt") VALUES ('seed', $1, now())
         ON CONFLICT (key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "updatedAt" = now()`,
        [fingerprint],
      );
    }
  } finally {
    await client.end();
  }
}
