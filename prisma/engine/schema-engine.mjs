#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads from
// binaries.prisma.sh: a host this project's machines cannot reach. Prisma publishes the same
// engine compiled to WebAssembly on npm (@prisma/schema-engine-wasm); this executable runs it over
// @prisma/adapter-pg and speaks the native engine's command line and stdio JSON-RPC protocol, so
// that `prisma migrate …`, `db …` and `generate` work (PostgreSQL only). prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here unless it is already set: set it to a native engine to use that.
//
// The protocol, as node_modules/prisma/build/cli.js uses it:
//   --version                          prints `schema-engine-cli <hash of the engine it runs>`
//   --datasource <json> cli <command>  can-connect-to-database | create-database; on failure,
//                                      exit 1 with stderr lines after the first being JSON logs
//   --datamodels <file>… --datasource <json>
//                                      JSON-RPC 2.0 on stdin/stdout, one object a line; methods are
//                                      those of the wasm SchemaEngine class
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { engineMismatch, installedEngineVersions } from './engine-version.mjs';
import { createDatabase, prismaErrorCode } from './pg-adapter.mjs';
import { callEngine, panicMessage, runningEngineVersion, startEngine } from './wasm-engine.mjs';

const { values: args, positionals } = parseArgs({
  options: {
    version: { type: 'boolean' },
    datamodels: { type: 'string', multiple: true, default: [] },
    datasource: { type: 'string', default: '{}' },
  },
  allowPositionals: true,
  strict: false, // the CLI may pass flags this engine has no use for (preview features, extensions)
});

// `cli` subcommands get no datamodels, but SchemaEngine.new panics without one.
const MINIMAL_DATAMODEL = ['schema.prisma', 'datasource db {\n  provider = "postgresql"\n}\n'];

// Checked before any work: an engine of another release than the CLI's would run the command.
const versions = installedEngineVersions();
const mismatch = engineMismatch(versions.cli, versions.wasm);
const refuse = () => {
  if (mismatch) throw new Error(mismatch);
};

function exitAfterOutput(code) {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

async function runCliCommand(command, datasource) {
  try {
    refuse();
    if (command === 'can-connect-to-database') {
      const engine = await startEngine({ datamodels: [MINIMAL_DATAMODEL], datasource });
      await engine.ensureConnectionValidity({ datasource: { tag: 'ConnectionString', url: datasource.url } });
    } else if (command === 'create-database') {
      await createDatabase(datasource.url);
    } else {
      throw new Error(`Unknown cli subcommand: ${command}`);
    }
    exitAfterOutput(0);
  } catch (error) {
    const fields = { message: error.message, error_code: prismaErrorCode(error) };
    process.stderr.write(`schema-engine ${command} failed\n`);
    process.stderr.write(`${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields })}\n`);
    exitAfterOutput(1);
  }
}

// An error as the native engine reports it, so that the CLI prints it (with its Pxxxx code).
function rpcError(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    const message = panicMessage() || error.message;
    return { code: 4466, message, data: { is_panic: true, message: `${message}\n${error.stack}` } };
  }
  const data = { is_panic: false, message: error.message, error_code: prismaErrorCode(error), meta: error.meta };
  return { code: error.rpcCode ?? 4466, message: error.rpcCode ? error.message : 'An error happened. Check the data field for details.', data };
}

function serveJsonRpc(datamodels, datasource) {
  const write = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  // The engine logs JSON lines; the CLI reads them from stderr, as from the native engine.
  let engine;
  const getEngine = () => (engine ??= startEngine({ datamodels, datasource, onLog: (line) => process.stderr.write(`${line}\n`) }));
  let prints = 0;

  async function call(method, params) {
    refuse();
    // The wasm engine has no createDatabase; the `cli create-database` helper does the same.
    if (method === 'createDatabase') return { databaseName: await createDatabase(params?.datasource?.url ?? datasource.url) };
    const result = await callEngine(getEngine, method, params);
    // The wasm engine returns the diff as `stdout`; the native engine asks the CLI to print it,
    // which is how `migrate diff` writes it (to the terminal, or to its --output file).
    if (method === 'diff' && typeof result.stdout === 'string') {
      write({ id: `print-${++prints}`, method: 'print', params: { content: result.stdout } });
    }
    return result;
  }

  let current; // the id of the request being answered
  function fail(id, error) {
    const rpc = rpcError(error);
    write({ id, error: rpc });
    // No engine method is safe to call after a panic; the native engine exits with 101 too.
    if (rpc.data.is_panic) exitAfterOutput(101);
  }
  async function answer(line) {
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return write({ id: null, error: { code: -32700, message: `Parse error: ${line.slice(0, 200)}` } });
    }
    if (request.id === undefined || !request.method) return; // a notification, or the CLI's answer to a print
    current = request.id;
    try {
      write({ id: request.id, result: (await call(request.method, request.params)) ?? null });
    } catch (error) {
      fail(request.id, error);
    }
    current = undefined;
  }
  // The bindings throw some errors (params they cannot deserialize, say) from a callback rather
  // than rejecting: answer the request with it, and exit, as that command will never finish.
  process.on('uncaughtException', (error) => {
    if (current === undefined) console.error(error);
    else fail(current, error);
    exitAfterOutput(1);
  });

  // One request at a time, in order: the engine is not meant to run commands concurrently.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim()) queue = queue.then(() => answer(line));
  });
  lines.on('close', () => queue.then(() => exitAfterOutput(0)));
}

if (args.version) {
  // What runs, not what the CLI expects: `prisma --version` shows this line as the schema engine.
  if (mismatch) {
    process.stderr.write(`${mismatch}\n`);
    exitAfterOutput(1);
  } else {
    console.log(`schema-engine-cli ${runningEngineVersion()}`);
  }
} else {
  const datasource = JSON.parse(args.datasource);
  if (positionals[0] === 'cli') {
    await runCliCommand(positionals[1], datasource);
  } else {
    const datamodels = await Promise.all(args.datamodels.map(async (path) => [path, await readFile(path, 'utf8')]));
    serveJsonRpc(datamodels.length > 0 ? datamodels : [MINIMAL_DATAMODEL], datasource);
  }
}
