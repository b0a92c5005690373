import { compareText } from './order';
import type { PreparedExercise } from './prepare';
import type { Pair } from './types';

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function compareByWeight(a: Pair, b: Pair): number {
  return b.weight - a.weight || compareText(a.key, b.key);
}

/** Every pair of countries that drilled together, weighted by their joint exercises. */
export function countPairs(exercises: readonly PreparedExercise[]): Pair[] {
  // Nested by slug, not keyed "a|b": a key string per pair per exercise made this 3–4× slower in the bench.
  const pairs = new Map<string, Map<string, Pair>>();
  const all: Pair[] = [];
  for (const { countries } of exercises) {
    // Countries come sorted by slug, so a precedes b as the key requires.
    for (let i = 0; i < countries.length; i++) {
      const a = countries[i];
      if (!a) continue;
      let partners = pairs.get(a.slug);
      if (!partners) pairs.set(a.slug, (partners = new Map()));
      for (let j = i + 1; j < countries.length; j++) {
        const b = countries[j];
        if (!b) continue;
        const pair = partners.get(b.slug);
        if (pair) pair.weight++;
        else {
          const created = { key: `${a.slug}|${b.slug}`, a, b, weight: 1 };
          partners.set(b.slug, created);
          all.push(created);
        }
      }
    }
  }
  return all.sort(compareByWeight);
}

/** Pairs of `pairs` whose key is absent from `other`, keeping their own weight. */
export function pairsMissingFrom(pairs: readonly Pair[], other: readonly Pair[]): Pair[] {
  const keys = new Set(other.map((pair) => pair.key));
  return pairs.filter((pair) => !keys.has(pair.key)).sort(compareByWeight);
}
