export interface Latency {
  median: number;
  p95: number;
}

/** Median and 95th percentile of samples in milliseconds (nearest rank, as every bench reports them). */
export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN };
}

/** Sequential GETs after a warm-up; each sample includes reading the whole body. */
export async function measureLatency(url: string, runs: number, warmup = 5): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await (await fetch(url)).text();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    await res.text();
    samples.push(performance.now() - t);
  }
  return latencyOf(samples);
}
