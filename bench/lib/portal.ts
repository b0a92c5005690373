// What the load benchmarks share: the portal under test, the reader pages a visitor would open,
// and the server's resident memory.
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { requireDatabaseUrl } from '@/lib/platform/env';
import { spawnPortal, waitForHttp } from '../../scripts/lib/run';

export const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};

export async function startPortal(port: number): Promise<{ server: ChildProcess; origin: string }> {
  const server = spawnPortal(port, { ...process.env, DATABASE_URL: requireDatabaseUrl() }, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/api/health`, 60_000, server);
  return { server, origin };
}

/** Reader pages a visitor would open: from the sitemap's parts, a spread of articles, entities and briefs. */
export async function readerPages(origin: string, count: number): Promise<string[]> {
  const locs = async (path: string) => [...(await (await fetch(origin + path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  const parts = await locs('/sitemap.xml');
  const first = (section: string) => parts.filter((p) => p === `/sitemaps/${section}-0.xml`);
  const all = (await Promise.all(['articles', 'entities', 'briefs'].flatMap(first).map(locs))).flat();
  const pick = (re: RegExp, n: number) => all.filter((p) => re.test(p)).slice(0, n);
  const pages = ['/', '/briefs', '/entities', ...pick(/^\/articles\/./, count / 2), ...pick(/^\/(countries|organizations|exercises|places|people|events)\/./, count / 2), ...pick(/^\/briefs\/./, 5)];
  return [...new Set(pages)];
}

/** Asks for each page twice, then once more: those that do not come from the cache by then. */
export async function warm(origin: string, pages: readonly string[]): Promise<string[]> {
  const misses: string[] = [];
  for (const path of pages) for (let i = 0; i < 2; i++) await (await fetch(origin + path)).arrayBuffer();
  for (const path of pages) {
    const response = await fetch(origin + path);
    await response.arrayBuffer();
    if (response.headers.get('x-nextjs-cache') !== 'HIT') misses.push(`${path} (${response.status}, ${response.headers.get('x-nextjs-cache') ?? 'not cached'})`);
  }
  return misses;
}

/** Resident memory of a process, in MB (Linux). */
export function residentMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
