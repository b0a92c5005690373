import pg from 'pg';
import { seed } from '../../prisma/seed';
import { bin, node } from './run';

/** Applies Prisma's migrations, then seeds the source articles when the database has none. */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void): Promise<void> {
  log('Applying database migrations…');
  await node(bin.prisma, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM "Article"');
  await client.end();
  if (rows[0]?.n === '0') {
    log('Seeding the source articles…');
    await seed(databaseUrl, log);
  } else {
    log(`Database ready (${rows[0]?.n} articles).`);
  }
}
