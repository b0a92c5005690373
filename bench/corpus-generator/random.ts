// A small seeded random source: each article draws from its own stream, derived from the corpus
// seed and the article's index, so article i is the same whether 10,000 or 100,000 are generated,
// in one run or appended in several.

/** 32-bit FNV-1a: turns a seed string into a stream's starting state. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: string) {
    this.state = hash32(seed) || 1;
  }

  /** mulberry32: fast, and good enough for text that only has to look varied. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** An index drawn by weight; weights need not sum to 1. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/**
 * Cumulative Zipf weights (rank r has weight 1 / r^s): a few entities and outlets are named
 * everywhere and a long tail rarely, as in real news.
 */
export class Zipf<T> {
  private readonly cumulative: number[];

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) throw new Error('Zipf over an empty list');
    let sum = 0;
    this.cumulative = items.map((_, rank) => (sum += 1 / Math.pow(rank + 1, exponent)));
  }

  draw(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const r = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
