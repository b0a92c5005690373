// Which schema engine this shim runs, and whether the installed Prisma CLI can drive it. The CLI is
// built against one engines build (@prisma/engines-version); the wasm engine is published on its
// own (@prisma/schema-engine-wasm), so the two can drift apart when either is upgraded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** `8.1.0-2.59be…` → { release: '8.1.0', major: 8, minor: 1, hash: '59be…' } */
export function parseEngineVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-.*?)?(?:\.([0-9a-f]{40}))?$/.exec(version);
  if (!match) throw new Error(`Not a Prisma engines version: ${version}`);
  const [, major, minor, patch, hash] = match;
  return { version, release: `${major}.${minor}.${patch}`, major: Number(major), minor: Number(minor), hash };
}

// Builds of one engines release (8.1.0-1.x, 8.1.0-2.y) speak the same JSON-RPC methods and
// parameters; a new minor or major release adds or changes them, and a CLI driving an engine of
// another one fails in ways that look like bugs of the migration (or silently writes other SQL).
export function engineMismatch(cliEngines, wasmEngine) {
  const cli = parseEngineVersion(cliEngines);
  const engine = parseEngineVersion(wasmEngine);
  if (cli.major === engine.major && cli.minor === engine.minor) return undefined;
  return (
    `The Prisma CLI is built for schema engine ${cli.version}, but prisma/engine/schema-engine.mjs runs ` +
    `@prisma/schema-engine-wasm ${engine.version}: engine releases ${cli.major}.${cli.minor} and ` +
    `${engine.major}.${engine.minor} do not speak the same protocol. Install the @prisma/schema-engine-wasm ` +
    `build of the CLI's engine release (npm view @prisma/schema-engine-wasm versions), or set ` +
    'PRISMA_SCHEMA_ENGINE_BINARY to a native schema engine.'
  );
}

const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));

/** The engines build the installed CLI expects, and the wasm engine build installed beside it. */
export function installedEngineVersions() {
  const fromHere = createRequire(import.meta.url);
  const fromCli = createRequire(fromHere.resolve('prisma/package.json'));
  const cli = readJson(fromCli.resolve('@prisma/engines-version/package.json')).version;
  const wasm = readJson(new URL('package.json', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))).version;
  return { cli, wasm };
}
