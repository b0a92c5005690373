// One page of each reader page type, for the browser benchmarks (bench/lighthouse.ts,
// bench/page-js.ts). The brief and the article are found through the portal's own lists, so the
// benchmarks run on any seeded database.
const ARTICLE_LINK = /href="(\/articles\/[a-z0-9-]+)"/;
const BRIEF_LINK = /href="(\/briefs\/[a-z0-9-]+)"/;

export interface PageType {
  name: string;
  path: string;
}

async function firstLink(origin: string, listPath: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(origin + listPath)).text();
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`${listPath} links to nothing like ${pattern}`);
  return found;
}

export async function readerPageTypes(origin: string): Promise<PageType[]> {
  const [article, brief] = await Promise.all([firstLink(origin, '/articles', ARTICLE_LINK), firstLink(origin, '/briefs', BRIEF_LINK)]);
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: article },
    { name: 'entity', path: '/countries/kazakhstan' },
    { name: 'brief', path: brief },
    { name: 'compare', path: '/compare' },
    { name: 'search', path: '/search?q=exercise' },
  ];
}

/** `--port N` or BENCH_PORT, else the given default. */
export function benchPort(fallback: number): number {
  const at = process.argv.indexOf('--port');
  const value = Number(at === -1 ? (process.env.BENCH_PORT ?? fallback) : process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error('--port must be a port number');
  return value;
}
