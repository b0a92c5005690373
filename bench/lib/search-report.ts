import { latencyOf, type Latency } from './latency';
import type { QueryClass } from './search-queries';

export interface SizeResult {
  articles: number;
  /** Every sample, by class and by query text. */
  byClass: Map<QueryClass, number[]>;
  byQuery: Map<string, number[]>;
  /** Queries cancelled by the statement timeout (their samples count as the timeout). */
  timedOut: Set<string>;
}

const MEDIAN_BUDGET = 30;
const P95_BUDGET = 100;

const ms = (value: number) => value.toFixed(1).padStart(8);
const all = (r: SizeResult) => [...r.byClass.values()].flat();

function row(label: string, cells: Latency[]): string {
  return `${label.padEnd(18)}${cells.map((l) => `${ms(l.median)}${ms(l.p95)}   `).join('')}`;
}

/** The table per size and class, the growth ratio, the budget verdict and the slowest queries. */
export function report(results: SizeResult[], log: (line: string) => void): void {
  const header = results.map((r) => `${r.articles.toLocaleString('en')} articles`.padEnd(19)).join('');
  log('');
  log(`${''.padEnd(18)}${header}`);
  log(`${'ms'.padEnd(18)}${results.map(() => '  median     p95   ').join('')}`);
  const classes = [...new Set(results.flatMap((r) => [...r.byClass.keys()]))];
  for (const cls of classes) log(row(cls, results.map((r) => latencyOf(r.byClass.get(cls) ?? []))));
  log(row('all queries', results.map((r) => latencyOf(all(r)))));

  const small = results.find((r) => r.articles === 10_000) ?? results[0];
  const large = results.find((r) => r.articles === 100_000) ?? results[results.length - 1];
  if (small && large && small !== large) {
    const ratio = latencyOf(all(large)).median / latencyOf(all(small)).median;
    log('');
    log(`ratio of medians, ${large.articles.toLocaleString('en')} / ${small.articles.toLocaleString('en')} articles: ${ratio.toFixed(2)}×`);
  }
  if (large) {
    const { median, p95 } = latencyOf(all(large));
    const verdict = (value: number, budget: number) => `${value.toFixed(1)} ms ${value < budget ? '<' : '≥'} ${budget} ms ${value < budget ? 'ok' : 'MISSED'}`;
    log(`budget at ${large.articles.toLocaleString('en')} articles: median ${verdict(median, MEDIAN_BUDGET)}, p95 ${verdict(p95, P95_BUDGET)}`);
    const slowest = [...large.byQuery].map(([query, samples]) => ({ query, ...latencyOf(samples) })).sort((a, b) => b.median - a.median);
    log('');
    log(`slowest queries at ${large.articles.toLocaleString('en')} articles (median and p95 of their runs):`);
    for (const s of slowest.slice(0, 8)) log(`  ${ms(s.median)}${ms(s.p95)}  ${s.query}${large.timedOut.has(s.query) ? '  (timed out)' : ''}`);
  }
  for (const r of results) {
    if (r.timedOut.size > 0) log(`timed out at ${r.articles.toLocaleString('en')} articles: ${[...r.timedOut].join('; ')}`);
  }
}
