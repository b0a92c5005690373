import type { Era, EraBasis } from '@/lib/generated/prisma/enums';

/** Russia's full-scale invasion of Ukraine: the portal's dividing line between the two eras. */
export const ERA_BOUNDARY = new Date('2022-02-24T00:00:00Z');
const BOUNDARY_YEAR = 2022;

export const ERA_LABELS: Record<Era, string> = {
  CSTO_ERA: 'CSTO era',
  POST_2022: 'Post-2022',
  UNKNOWN: 'Era unknown',
};

/** URL values for the era filter: short, lowercase, stable. */
export const ERA_PARAMS = { csto: 'CSTO_ERA', 'post-2022': 'POST_2022', unknown: 'UNKNOWN' } as const satisfies Record<
  string,
  Era
>;
export type EraParam = keyof typeof ERA_PARAMS;

export function eraParam(era: Era): EraParam {
  return era === 'CSTO_ERA' ? 'csto' : era === 'POST_2022' ? 'post-2022' : 'unknown';
}

export function eraForDate(date: Date): Era {
  return date.getTime() < ERA_BOUNDARY.getTime() ? 'CSTO_ERA' : 'POST_2022';
}

export interface EraInput {
  publishedAt: Date | null;
  yearsMentioned: readonly number[];
  editorEra?: Era | null;
}

/**
 * The era an article belongs to and what that rests on. Without a date, the latest year the text
 * mentions bounds when it was written: a text citing 2023 was written after the boundary, and one
 * whose latest year is 2021 was very likely written before it. 2022 itself decides nothing.
 */
export function deriveEra({ publishedAt, yearsMentioned, editorEra }: EraInput): { era: Era; eraBasis: EraBasis } {
  if (editorEra) return { era: editorEra, eraBasis: 'EDITOR' };
  if (publishedAt) return { era: eraForDate(publishedAt), eraBasis: 'PUBLISHED_DATE' };
  const latest = yearsMentioned.length > 0 ? Math.max(...yearsMentioned) : null;
  if (latest === null || latest === BOUNDARY_YEAR) return { era: 'UNKNOWN', eraBasis: 'NONE' };
  return { era: latest < BOUNDARY_YEAR ? 'CSTO_ERA' : 'POST_2022', eraBasis: 'YEARS_IN_TEXT' };
}
