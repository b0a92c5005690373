import type { EntityRef } from '@/lib/entities/dto';
import { exercisesByCountry, eraFigures } from './figures';
import { eventsInRange, matchesFilter, normalizeFilter } from './filter';
import { placeOnCircle } from './layout';
import { compareExercises, prepareExercises, type PreparedExercise } from './prepare';
import { countPairs, pairsMissingFrom } from './pairs';
import {
  COMPARED_ERAS,
  type CompareFilter,
  type Comparison,
  type ComparedEra,
  type ExerciseRecord,
  type KeyEvent,
  type NetworkNode,
  type Pair,
} from './types';

type EraResult = Comparison['byEra'][ComparedEra];

function isCompared(era: string): era is ComparedEra {
  return (COMPARED_ERAS as readonly string[]).includes(era);
}

function eraResult(era: ComparedEra, exercises: PreparedExercise[]): EraResult {
  const pairs = countPairs(exercises);
  return { figures: eraFigures(era, exercises, pairs), exercises: exercises.map((e) => e.record), pairs };
}

function networkNodes(byEra: Record<ComparedEra, PreparedExercise[]>): NetworkNode[] {
  const counts = new Map<string, { ref: EntityRef; exercises: Record<ComparedEra, number> }>();
  for (const era of COMPARED_ERAS) {
    for (const [slug, tally] of exercisesByCountry(byEra[era])) {
      const entry = counts.get(slug) ?? { ref: tally.country, exercises: { CSTO_ERA: 0, POST_2022: 0 } };
      entry.exercises[era] = tally.exercises;
      counts.set(slug, entry);
    }
  }
  const refs = [...counts.values()].map(({ ref, exercises }) => ({ slug: ref.slug, type: ref.type, name: ref.name, exercises }));
  return placeOnCircle(refs);
}

/**
 * The comparison behind /compare: the filtered exercises split by era, each era's country pairs and
 * headline figures, the pairs that appeared or vanished across the boundary, and one network layout.
 * Pure and order-independent: the same records in any order give the same result.
 */
export function computeComparison(records: ExerciseRecord[], events: KeyEvent[], filter: CompareFilter): Comparison {
  const normalized = normalizeFilter(filter);
  const kept = prepareExercises(records)
    .filter((exercise) => matchesFilter(exercise, normalized))
    .sort(compareExercises);

  const byEraPrepared: Record<ComparedEra, PreparedExercise[]> = { CSTO_ERA: [], POST_2022: [] };
  const undated: ExerciseRecord[] = [];
  for (const exercise of kept) {
    if (isCompared(exercise.era)) byEraPrepared[exercise.era].push(exercise);
    else undated.push(exercise.record);
  }

  const byEra: Record<ComparedEra, EraResult> = {
    CSTO_ERA: eraResult('CSTO_ERA', byEraPrepared.CSTO_ERA),
    POST_2022: eraResult('POST_2022', byEraPrepared.POST_2022),
  };
  const compared = [...byEraPrepared.CSTO_ERA, ...byEraPrepared.POST_2022].map((e) => e.record);
  const before: Pair[] = byEra.CSTO_ERA.pairs;
  const after: Pair[] = byEra.POST_2022.pairs;

  return {
    filter: normalized,
    byEra,
    undated,
    pairsAppeared: pairsMissingFrom(after, before),
    pairsVanished: pairsMissingFrom(before, after),
    nodes: networkNodes(byEraPrepared),
    events: eventsInRange(events, normalized),
    basis: { exercises: compared.length, articles: citedArticles(compared) },
  };
}

/** Distinct articles cited by the facts behind the compared exercises. */
function citedArticles(records: readonly ExerciseRecord[]): number {
  const slugs = new Set<string>();
  for (const r of records) {
    for (const s of [...r.participants, ...r.places]) if (s.source.citation) slugs.add(s.source.citation.articleSlug);
  }
  return slugs.size;
}
