// Starts @prisma/schema-engine-wasm's SchemaEngine over PostgreSQL.
import { readFileSync } from 'node:fs';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { SchemaEngineAdapterFactory, connectErrorCode } from './pg-adapter.mjs';

// The bindings hand a panic's message to this registry just before the wasm traps.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: '',
  set_message(message) {
    this.message = message;
  },
};

// The package's ES entry imports the .wasm file, which Node 20 cannot import: instantiate it here.
function loadWasm() {
  const bindingsUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasm = new WebAssembly.Module(readFileSync(new URL('schema_engine_bg.wasm', bindingsUrl)));
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

/** The commit hash of the engine build in @prisma/schema-engine-wasm, as the module reports it. */
export function runningEngineVersion() {
  loadWasm();
  return bindings.version();
}

export const panicMessage = () => globalThis.PRISMA_WASM_PANIC_REGISTRY.message;

// `datamodels` is a list of [path, content]; `onLog` receives the engine's JSON log lines.
export async function startEngine({ datamodels, datasource, onLog = () => {} }) {
  if (!datasource.url) throw new Error('No database URL: set datasource.url in prisma.config.ts.');
  loadWasm();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new SchemaEngineAdapterFactory(datasource));
  try {
    return await bindings.SchemaEngine.new({ datamodels }, onLog, adapterFactory);
  } catch (error) {
    // SchemaEngine.new connects; its connection errors carry a message but no code.
    error.code ??= connectErrorCode();
    throw error;
  }
}

// RPC methods whose name differs from the SchemaEngine method's.
const RENAMED = { getDatabaseVersion: 'version' };
const NOT_METHODS = new Set(['constructor', 'free', '__destroy_into_raw']);

// This engine build runs the migrations directory on a shadow database only in devDiagnostic and
// diagnoseMigrationHistory, and caches the resulting schema, keyed by the migrations the database
// has applied. evaluateDataLoss and createMigration only look in that cache, so they fail like
// this when `migrate dev` started with unapplied migrations; by then the CLI has applied them, so
// diagnoseMigrationHistory fills the cache for the whole directory.
const CACHE_MISS = 'PostgreSQL shadow DB must be provided through an external factory';

export async function callEngine(getEngine, method, params) {
  const name = RENAMED[method] ?? method;
  if (NOT_METHODS.has(name) || typeof bindings.SchemaEngine.prototype[name] !== 'function') {
    const message = `The wasm schema engine (prisma/engine/schema-engine.mjs) has no method \`${method}\`.`;
    throw Object.assign(new Error(message), { rpcCode: -32601 });
  }
  const engine = await getEngine();
  try {
    return await engine[name](params);
  } catch (error) {
    if (!error.message?.startsWith(CACHE_MISS) || !params?.migrationsList) throw error;
    const { migrationsList, filters } = params;
    await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
    return engine[name](params);
  }
}
