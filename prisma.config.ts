import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The CLI cannot download its native schema engine here: use the wasm one (see the head comment
// of prisma/engine/schema-engine.mjs). This file is loaded before the CLI looks for an engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./prisma/engine/schema-engine.mjs', import.meta.url));

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: {
    // `prisma generate` needs no database; commands that do fail with this unresolvable host
    // (".invalid" never resolves) rather than reach a real server by accident.
    url: process.env.DATABASE_URL ?? 'postgresql://database-url-is-not-set.invalid/prisma',
  },
});
