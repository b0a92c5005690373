// The driver adapter the wasm schema engine runs on: @prisma/adapter-pg, with the changes that
// schema work needs and the query client does not (see the comment on each).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { markCharColumns, reportCharColumns } from './describer-safe.mjs';

// pg's own parser, so that the URL means what it means to pg (sslmode, host=/socket, …).
const parseUrl = createRequire(import.meta.resolve('pg'))('pg-connection-string');

// The engine reports a failed first connection with a message only; the native engine gives the
// CLI an error code as well (P1003 makes `migrate dev` create the database), so keep the cause.
let lastConnectError;

// SQLSTATEs the native engine turns into Prisma error codes; any socket error means P1001.
const ERROR_CODES = { '3D000': 'P1003', '28P01': 'P1000', '28000': 'P1010', '42P04': 'P1009' };

export function prismaErrorCode(error) {
  const code = error?.code ?? '';
  if (/^P\d{4}$/.test(code)) return code;
  return ERROR_CODES[code] ?? (/^E[A-Z]+$/.test(code) ? 'P1001' : undefined);
}

export const connectErrorCode = () => prismaErrorCode(lastConnectError);

// pg-pool calls `connect` and `query` with a callback, the adapter calls them without one.
class SchemaEngineClient extends pg.Client {
  connect(callback) {
    const connecting = super.connect().catch((error) => {
      lastConnectError = error;
      throw error;
    });
    if (!callback) return connecting;
    connecting.then(() => callback(), callback);
  }

  query(...args) {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      return super.query(...args.slice(0, -1), (error, result) => callback(error, error ? result : markCharColumns(result)));
    }
    const result = super.query(...args);
    return typeof result?.then === 'function' ? result.then(markCharColumns) : result;
  }
}

// Discrete fields rather than a connectionString, so that `database` can be swapped for the
// shadow database. As with the native engine, no database means "postgres", and Prisma's
// `?schema=` is where the engine works: the adapter's schema and the search path.
function connectionConfig(url) {
  const { schema, ...config } = parseUrl(url);
  const searchPath = schema && `-c search_path="${schema}"`;
  const options = [config.options, searchPath].filter(Boolean).join(' ') || undefined;
  return { config: { ...config, database: config.database || 'postgres', options }, schema };
}

async function connectAdapter({ config, schema }) {
  const adapter = await new PrismaPg({ ...config, Client: SchemaEngineClient }, { schema }).connect();
  reportCharColumns(adapter);
  // adapter-pg splits scripts at every ";", which breaks migrations with functions, DO blocks or
  // string literals. PostgreSQL runs a multi-statement script as one implicit transaction, which
  // is how the native engine sends it.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

async function runSql(config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabase(url) {
  const { config } = connectionConfig(url);
  await runSql({ ...config, database: 'postgres' }, `CREATE DATABASE ${quoteIdent(config.database)}`);
  return config.database;
}

// A SqlMigrationAwareDriverAdapterFactory for `bindMigrationAwareSqlAdapterFactory`.
export class SchemaEngineAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';

  constructor({ url, shadowDatabaseUrl }) {
    this.main = connectionConfig(url);
    this.shadow = shadowDatabaseUrl && connectionConfig(shadowDatabaseUrl);
  }

  connect() {
    return connectAdapter(this.main);
  }

  // adapter-pg's own version builds the shadow pool from a connectionString that wins over its
  // database override, and drops the database while its pool still holds connections.
  async connectToShadowDb() {
    if (this.shadow) {
      // A shadow database of the user's: the engine expects it empty, and the native engine
      // empties it (its schema) before each use.
      const schema = quoteIdent(this.shadow.schema ?? 'public');
      await runSql(this.shadow.config, `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      return connectAdapter(this.shadow);
    }
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runSql(this.main.config, `CREATE DATABASE ${quoteIdent(database)}`);
    const adapter = await connectAdapter({ ...this.main, config: { ...this.main.config, database } });
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runSql(this.main.config, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    };
    return adapter;
  }
}
