// Lighthouse on each reader page type (home, article, entity, brief, /compare, search), with its
// default mobile emulation (a mid-range phone, simulated slow 4G), against the production server.
// Prints performance, accessibility, best practices and SEO per page, and what keeps any of the
// last three from 100. Budget (issue 15): a11y, BP and SEO 100 (search may keep noindex), perf ≥ 95.
//   npx tsx bench/lighthouse.ts [--port 3430] [--desktop] [--runs N] [--only home,compare] [--report-dir DIR]
// --runs measures each page N times and keeps the run of median performance (of an even N, the
// lower middle one): on a busy machine one run swings by ten points or more. Each row shows
// Lighthouse's own CPU benchmark index (BI) of the kept run, so figures taken under load say so.
// --report-dir writes each kept run's full result (JSON) there, to read what costs points.
// Needs a `next build` and DATABASE_URL (a seeded database). Lighthouse drives Chromium through
// its debugging port: /usr/bin/chromium, or CHROMIUM_PATH.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { requireDatabaseUrl } from '@/lib/platform/env';
import { spawnPortal, waitForHttp } from '../scripts/lib/run';
import { benchPort, readerPageTypes } from './lib/reader-page-types';

const PORT = benchPort(3430);
const DEBUG_PORT = PORT + 1;
const origin = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DESKTOP = process.argv.includes('--desktop');
const option = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const REPORT_DIR = option('--report-dir');
const RUNS = Number(option('--runs') ?? 1);
const ONLY = option('--only')?.split(',');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number of at least 1');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const profile = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const chrome = spawn(
  CHROMIUM,
  ['--headless=new', '--no-sandbox', `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', 'about:blank'],
  { stdio: 'ignore' },
);
const server = spawnPortal(PORT, { ...process.env, DATABASE_URL: requireDatabaseUrl() }, { stdio: 'ignore' });
const rows: string[] = [];
try {
  await waitForHttp(`${origin}/api/health`, 60_000, server);
  await waitForHttp(`http://127.0.0.1:${DEBUG_PORT}/json/version`, 30_000, chrome);
  const types = (await readerPageTypes(origin)).filter((t) => !ONLY || ONLY.includes(t.name));
  // Render each page once first, so Lighthouse measures the cached page a reader gets.
  for (const { path } of types) await (await fetch(origin + path)).text();
  console.log(`Lighthouse ${DESKTOP ? 'desktop' : 'mobile'} emulation, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per page`);
  console.log('page type   perf  a11y    BP   SEO     BI   perf runs');
  for (const { name, path } of types) {
    const runs: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(
        origin + path,
        { port: DEBUG_PORT, hostname: '127.0.0.1', logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
        DESKTOP ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
    }
    const perf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
    const lhr = [...runs].sort((a, b) => perf(a) - perf(b))[Math.floor((runs.length - 1) / 2)] as Result;
    if (REPORT_DIR) {
      mkdirSync(REPORT_DIR, { recursive: true });
      writeFileSync(join(REPORT_DIR, `${name}.json`), JSON.stringify(lhr));
    }
    const { categories, audits } = lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const index = String(Math.round(lhr.environment.benchmarkIndex)).padStart(6);
    console.log(`${name.padEnd(10)} ${CATEGORIES.map((c) => String(score(c)).padStart(5)).join(' ')} ${index}   ${runs.map(perf).join(' ')}   ${path}`);
    for (const id of CATEGORIES) {
      if (score(id) === 100) continue;
      const failing = (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ''}`);
      if (failing.length) rows.push(`  ${name} ${id}: ${failing.join(', ')}`);
    }
  }
  if (rows.length) console.log(`\nWhat keeps a score below 100:\n${rows.join('\n')}`);
} finally {
  server.kill('SIGTERM');
  chrome.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(profile, { recursive: true, force: true });
}
