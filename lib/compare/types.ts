import type { Citation, EntityRef, PartialDate, ReferenceCitation } from '@/lib/entities/dto';
import type { Era, ParticipationRole } from '@/lib/generated/prisma/enums';

/** The two eras compared; exercises of unknown date are listed apart and not counted. */
export type ComparedEra = Extract<Era, 'CSTO_ERA' | 'POST_2022'>;
export const COMPARED_ERAS: readonly ComparedEra[] = ['CSTO_ERA', 'POST_2022'];

export interface Sourced<T> {
  value: T;
  /** The cited paragraph, or null when an editor supplied it. */
  citation: Citation | null;
  /** Or the page outside the portal that supports it. */
  reference: ReferenceCitation | null;
  editorNote: string | null;
}

export interface ExerciseParticipant {
  entity: EntityRef;
  role: ParticipationRole;
  source: Sourced<null>;
}

export interface ExercisePlace {
  entity: EntityRef;
  coordinates: { lat: number; lon: number } | null;
  source: Sourced<null>;
}

/** One exercise as the comparison sees it, built from the knowledge base's facts. */
export interface ExerciseRecord {
  slug: string;
  name: string;
  start: PartialDate | null;
  end: PartialDate | null;
  era: Era;
  /** Countries and organizations linked by participated-in facts, every role, every source. */
  participants: ExerciseParticipant[];
  places: ExercisePlace[];
  /** Organizations and series the exercise is linked to (participated-in by an organization, part-of a series). */
  organizations: EntityRef[];
}

export interface KeyEvent {
  slug: string;
  name: string;
  start: PartialDate;
}

export interface CompareFilter {
  /** Country slugs: an exercise counts when every one of them took part. */
  countries: string[];
  organization?: string;
  fromYear?: number;
  toYear?: number;
}

/** An unordered pair of countries, keyed "a|b" with a < b by slug. */
export interface Pair {
  key: string;
  a: EntityRef;
  b: EntityRef;
  /** Joint exercises in the era. */
  weight: number;
}

/** A share with what it rests on: `count` of `of` exercises, and `notStated` more the sources leave open. */
export interface Denominated {
  count: number;
  of: number;
  notStated: number;
}

export interface EraFigures {
  era: ComparedEra;
  exercises: number;
  /** Distinct country pairs that drilled together. */
  pairs: number;
  /**
   * Share (0–1) of the exercises whose sources say whether Russia took part in which it did not
   * (a source says it stayed away or only observed); null when no source says either way.
   */
  shareWithoutRussia: number | null;
  /** Share (0–1) of exercises with two or more named countries that had three or more; null when none. */
  shareMultilateral: number | null;
  /** The denominators of the two shares. Absent in figure snapshots taken before they were shown. */
  withoutRussia?: Denominated;
  multilateral?: Denominated;
  /** Country with the most distinct partners (ties: more exercises, then name). */
  mostConnected: { country: EntityRef; partners: number; exercises: number } | null;
}

export interface NetworkNode extends EntityRef {
  x: number;
  y: number;
  /** Exercises the country took part in, per era. */
  exercises: Record<ComparedEra, number>;
}

export interface Comparison {
  filter: CompareFilter;
  byEra: Record<ComparedEra, { figures: EraFigures; exercises: ExerciseRecord[]; pairs: Pair[] }>;
  undated: ExerciseRecord[];
  /** Pairs present post-2022 and absent before; and the reverse. */
  pairsAppeared: Pair[];
  pairsVanished: Pair[];
  /** One layout for both eras' networks, so the pictures can be compared. */
  nodes: NetworkNode[];
  events: KeyEvent[];
  /** What the figures rest on: the exercises compared and the articles their facts cite. Absent in older snapshots. */
  basis?: { exercises: number; articles: number };
}
