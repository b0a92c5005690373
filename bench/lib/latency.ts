export interface Latency {
  median: number;
  p95: number;
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
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)] ?? NaN, p95: samples[Math.floor(runs * 0.95)] ?? NaN };
}
