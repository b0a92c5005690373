import type { EntityRef } from '@/lib/entities/dto';
import { compareNames } from './order';
import type { PreparedExercise } from './prepare';
import type { ComparedEra, EraFigures, Pair } from './types';

const RUSSIA = 'russia';

function share(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}

interface Tally {
  country: EntityRef;
  partners: number;
  exercises: number;
}

/** Exercises each country drilled in, by slug. */
export function exercisesByCountry(exercises: readonly PreparedExercise[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { countries } of exercises) {
    for (const country of countries) {
      const tally = tallies.get(country.slug);
      if (tally) tally.exercises++;
      else tallies.set(country.slug, { country, partners: 0, exercises: 1 });
    }
  }
  return tallies;
}

/**
 * A country with no partner is not "connected" at all, so an era of solo drills has none.
 * Ties go to more exercises, then to the name, so the answer never depends on input order.
 */
function mostConnected(exercises: readonly PreparedExercise[], pairs: readonly Pair[]): Tally | null {
  const tallies = exercisesByCountry(exercises);
  for (const { a, b } of pairs) {
    const ta = tallies.get(a.slug);
    const tb = tallies.get(b.slug);
    if (ta) ta.partners++;
    if (tb) tb.partners++;
  }
  let best: Tally | null = null;
  for (const tally of tallies.values()) {
    if (tally.partners === 0) continue;
    const better =
      !best ||
      tally.partners > best.partners ||
      (tally.partners === best.partners &&
        (tally.exercises > best.exercises ||
          (tally.exercises === best.exercises && compareNames(tally.country, best.country) < 0)));
    if (better) best = tally;
  }
  return best;
}

/**
 * Shares rest on what the sources tell: "without Russia" is counted over exercises with at least
 * one known drilling country (one known only by its organization says nothing about Russia), and
 * "multilateral" over exercises with two or more, since with one there was no partner to count.
 */
export function eraFigures(era: ComparedEra, exercises: readonly PreparedExercise[], pairs: readonly Pair[]): EraFigures {
  let known = 0;
  let withoutRussia = 0;
  let joint = 0;
  let multilateral = 0;
  for (const { countries, countrySlugs } of exercises) {
    if (countries.length >= 1) {
      known++;
      if (!countrySlugs.has(RUSSIA)) withoutRussia++;
    }
    if (countries.length >= 2) joint++;
    if (countries.length >= 3) multilateral++;
  }
  return {
    era,
    exercises: exercises.length,
    pairs: pairs.length,
    shareWithoutRussia: share(withoutRussia, known),
    shareMultilateral: share(multilateral, joint),
    mostConnected: mostConnected(exercises, pairs),
  };
}
