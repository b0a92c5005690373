// JavaScript each reader page type ships, as a browser receives it: the compressed bytes of every
// script the page loads (until the network is quiet), and their size once decompressed.
// Budget (issue 15): no page past today's ~145 KB compressed.
//   npx tsx bench/page-js.ts [--port 3420]
// Needs a `next build` and DATABASE_URL (a seeded database).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { requireDatabaseUrl } from '@/lib/platform/env';
import { spawnPortal, waitForHttp } from '../scripts/lib/run';
import { benchPort, readerPageTypes } from './lib/reader-page-types';

const BUDGET_KB = 145;
const PORT = benchPort(3420);
const origin = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const server = spawnPortal(PORT, { ...process.env, DATABASE_URL: requireDatabaseUrl() }, { stdio: 'ignore' });
const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ['--no-sandbox'] });
let over = 0;
try {
  await waitForHttp(`${origin}/api/health`, 60_000, server);
  const types = await readerPageTypes(origin);
  console.log(`page type   scripts   compressed KB   decompressed KB   (budget ${BUDGET_KB} KB compressed)`);
  for (const { name, path } of types) {
    // A fresh context per page: nothing cached from the page before, as a first visit.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: Promise<{ encoded: number; decoded: number }>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push(
        Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => ({
          encoded: sizes.responseBodySize,
          decoded: (await response?.body().catch(() => Buffer.alloc(0)))?.byteLength ?? 0,
        })),
      );
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(scripts);
    const encoded = sizes.reduce((s, x) => s + x.encoded, 0);
    const decoded = sizes.reduce((s, x) => s + x.decoded, 0);
    if (encoded / 1024 > BUDGET_KB) over++;
    console.log(`${name.padEnd(10)} ${String(sizes.length).padStart(8)} ${kb(encoded).padStart(15)} ${kb(decoded).padStart(17)}${encoded / 1024 > BUDGET_KB ? '   OVER BUDGET' : ''}   ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
if (over > 0) process.exitCode = 1;
