import type { EntityRef } from '@/lib/entities/dto';
import { compareText } from './order';

const CENTRE = 0.5;
const RADIUS = 0.4;
/** Four decimals is far below a pixel at any size the renderer draws, and keeps output diffable. */
const PRECISION = 1e4;

function round(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

/**
 * One circle for both eras, ordered by slug: the data carry no country coordinates, and slug order
 * puts a country at the same angle whatever order the records came in, so two eras' pictures differ
 * only in their edges. The first node sits at the top; the rest follow clockwise. A lone node sits
 * in the centre.
 */
export function placeOnCircle<T extends EntityRef>(items: readonly T[]): (T & { x: number; y: number })[] {
  const sorted = [...items].sort((a, b) => compareText(a.slug, b.slug));
  if (sorted.length === 1) return sorted.map((item) => ({ ...item, x: CENTRE, y: CENTRE }));
  return sorted.map((item, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / sorted.length;
    // `+ 0` turns a rounded -0 into 0 so equal positions compare equal in tests and JSON.
    return { ...item, x: round(CENTRE + RADIUS * Math.cos(angle)) + 0, y: round(CENTRE + RADIUS * Math.sin(angle)) + 0 };
  });
}
