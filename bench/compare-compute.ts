// Comparison benchmark (npx tsx bench/compare-compute.ts): computeComparison over 2,000 synthetic
// exercises among 60 countries, unfiltered and filtered to one country. Prints figures only.
import { performance } from 'node:perf_hooks';
import type { EntityRef } from '../lib/entities/dto';
import type { ParticipationRole } from '../lib/generated/prisma/enums';
import { computeComparison } from '../lib/compare/compute';
import type { CompareFilter, ExerciseParticipant, ExerciseRecord, KeyEvent } from '../lib/compare/types';
import { seededRandom } from './tagging-data';

const EXERCISES = 2_000;
const COUNTRIES = 60;
const WARM_UP = 10;
const RUNS = 50;
const FIRST_YEAR = 2000;
const YEARS = 27; // 2000–2026
const BOUNDARY = Date.UTC(2022, 1, 24);

const random = seededRandom(2024);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function pick<T>(items: readonly T[]): T {
  const item = items[int(0, items.length - 1)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

const countries: EntityRef[] = Array.from({ length: COUNTRIES }, (_, i) => ({
  slug: i === 0 ? 'russia' : `country-${String(i).padStart(2, '0')}`,
  type: 'COUNTRY',
  name: i === 0 ? 'Russia' : `Country ${i}`,
}));
const organizations: EntityRef[] = ['csto', 'sco', 'cis', 'nato-pfp'].map((slug) => ({ slug, type: 'ORGANIZATION', name: slug.toUpperCase() }));

function participant(entity: EntityRef, role: ParticipationRole, article: number): ExerciseParticipant {
  return {
    entity,
    role,
    source: { value: null, citation: { articleSlug: `article-${article}`, articleTitle: `Article ${article}`, position: int(1, 20), quote: null }, reference: null, editorNote: null },
  };
}

function syntheticExercise(i: number): ExerciseRecord {
  const time = Date.UTC(FIRST_YEAR + int(0, YEARS - 1), int(0, 11), int(1, 28));
  const picked = new Set<EntityRef>();
  const drilling = int(2, 8);
  while (picked.size < drilling) picked.add(pick(countries));
  const sources = int(1, 3);
  const participants: ExerciseParticipant[] = [];
  for (let s = 0; s < sources; s++) {
    [...picked].forEach((c, k) => participants.push(participant(c, k === 0 ? 'HOST' : 'PARTICIPANT', i * 3 + s)));
    if (random() < 0.3) participants.push(participant(pick(countries), random() < 0.5 ? 'OBSERVER' : 'STAYED_AWAY', i * 3 + s));
  }
  const org = random() < 0.5 ? pick(organizations) : undefined;
  const undated = random() < 0.02;
  return {
    slug: `exercise-${i}`,
    name: `Exercise ${i}`,
    start: undated ? null : { iso: new Date(time).toISOString(), precision: 'DAY' },
    end: null,
    era: undated ? 'UNKNOWN' : time < BOUNDARY ? 'CSTO_ERA' : 'POST_2022',
    participants,
    places: [],
    organizations: org ? [org] : [],
  };
}

const records = Array.from({ length: EXERCISES }, (_, i) => syntheticExercise(i));
const events: KeyEvent[] = Array.from({ length: 40 }, (_, i) => ({
  slug: `event-${i}`,
  name: `Event ${i}`,
  start: { iso: new Date(Date.UTC(FIRST_YEAR + (i % YEARS), i % 12, 1)).toISOString(), precision: 'MONTH' },
}));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function measure(label: string, filter: CompareFilter): void {
  for (let i = 0; i < WARM_UP; i++) computeComparison(records, events, filter);
  const times: number[] = [];
  let result = computeComparison(records, events, filter);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = computeComparison(records, events, filter);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const { CSTO_ERA: before, POST_2022: after } = result.byEra;
  console.log(
    `${label} (${RUNS} runs after ${WARM_UP} warm-up): median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms` +
      ` | exercises ${before.figures.exercises} + ${after.figures.exercises} (+${result.undated.length} undated), pairs ${before.figures.pairs} / ${after.figures.pairs},` +
      ` appeared ${result.pairsAppeared.length}, vanished ${result.pairsVanished.length}, nodes ${result.nodes.length}`,
  );
}

const participantRows = records.reduce((sum, r) => sum + r.participants.length, 0);
console.log(`synthetic: ${records.length} exercises, ${COUNTRIES} countries, ${participantRows} participant rows, ${events.length} events`);
measure('no filter', { countries: [] });
measure('one country (country-07)', { countries: ['country-07'] });
