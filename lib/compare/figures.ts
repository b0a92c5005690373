import type { EntityRef } from '@/lib/entities/dto';
import { compareNames } from './order';
import type { PreparedExercise } from './prepare';
import { participationOf } from './participation';
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
 * Shares rest only on what the sources say. "Without Russia" counts over the exercises whose
 * sources say whether Russia took part: a source naming other countries and not Russia says
 * nothing about Russia. "Multilateral" counts over exercises with two or more named countries,
 * since with fewer there is no partner to count.
 */
export function eraFigures(era: ComparedEra, exercises: readonly PreparedExercise[], pairs: readonly Pair[]): EraFigures {
  const withoutRussia = { count: 0, of: 0, notStated: 0 };
  const multilateral = { count: 0, of: 0, notStated: 0 };
  for (const { record, countries } of exercises) {
    const russia = participationOf(record, RUSSIA);
    if (russia.status === 'not-stated') withoutRussia.notStated++;
    else {
      withoutRussia.of++;
      if (russia.status === 'stated-absent') withoutRussia.count++;
    }
    if (countries.length >= 2) {
      multilateral.of++;
      if (countries.length >= 3) multilateral.count++;
    } else multilateral.notStated++;
  }
  return {
    era,
    exercises: exercises.length,
    pairs: pairs.length,
    shareWithoutRussia: share(withoutRussia.count, withoutRussia.of),
    shareMultilateral: share(multilateral.count, multilateral.of),
    withoutRussia,
    multilateral,
    mostConnected: mostConnected(exercises, pairs),
  };
}
