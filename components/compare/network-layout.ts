import type { ComparedEra, NetworkNode } from '@/lib/compare/types';
import { overlaps, svgNumber, textWidth, type Box } from './svg-scale';

/** Side of the unit square the layout is drawn in, in SVG units. */
const PLOT = 250;
export const LABEL_SIZE = 13;
const MIN_RADIUS = 4;
const MAX_RADIUS = 14;
const GAP = 4;

type Anchor = 'start' | 'middle' | 'end';

export interface PlacedNode {
  node: NetworkNode;
  cx: number;
  cy: number;
  /** Radius in this era: area grows with the exercise count, on one scale for both eras. */
  r: number;
  count: number;
  label: { x: number; y: number; anchor: Anchor };
}

export interface NetworkPlacement {
  nodes: PlacedNode[];
  viewBox: string;
}

function radiusFor(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(count / maxCount);
}

type Side = 'right' | 'left' | 'above' | 'below';

function labelAt(side: Side, cx: number, cy: number, r: number, text: string) {
  const w = textWidth(text, LABEL_SIZE);
  const h = LABEL_SIZE;
  if (side === 'right' || side === 'left') {
    const x = side === 'right' ? cx + r + GAP : cx - r - GAP;
    const box = { x0: side === 'right' ? x : x - w, x1: side === 'right' ? x + w : x, y0: cy - h / 2, y1: cy + h / 2 };
    return { x, y: cy + LABEL_SIZE * 0.35, anchor: side === 'right' ? 'start' : 'end', box } as const;
  }
  const y = side === 'above' ? cy - r - GAP : cy + r + GAP + LABEL_SIZE * 0.8;
  const box = { x0: cx - w / 2, x1: cx + w / 2, y0: y - LABEL_SIZE * 0.8, y1: y + LABEL_SIZE * 0.2 };
  return { x: cx, y, anchor: 'middle', box } as const;
}

/** Sides to try, best first: away from the centre of the layout, so labels keep clear of the edges. */
function preferredSides(x: number, y: number): Side[] {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const horizontal: Side[] = dx >= 0 ? ['right', 'left'] : ['left', 'right'];
  const vertical: Side[] = dy >= 0 ? ['below', 'above'] : ['above', 'below'];
  return Math.abs(dy) > 2 * Math.abs(dx) ? [vertical[0]!, ...horizontal, vertical[1]!] : [horizontal[0]!, ...vertical, horizontal[1]!];
}

/**
 * Places nodes and their labels. Labels are placed with each node's larger radius of the two eras
 * and the frame is fitted to those, so both eras' pictures share positions and proportions.
 */
export function placeNetwork(nodes: NetworkNode[], era: ComparedEra): NetworkPlacement {
  const maxCount = Math.max(0, ...nodes.flatMap((n) => [n.exercises.CSTO_ERA, n.exercises.POST_2022]));
  const centres = nodes.map((n) => ({
    cx: n.x * PLOT,
    cy: n.y * PLOT,
    rMax: radiusFor(Math.max(n.exercises.CSTO_ERA, n.exercises.POST_2022), maxCount),
  }));
  const circles: Box[] = centres.map(({ cx, cy, rMax }) => ({ x0: cx - rMax, x1: cx + rMax, y0: cy - rMax, y1: cy + rMax }));
  const taken: Box[] = [];
  const placed = nodes.map((node, i): PlacedNode => {
    const { cx, cy, rMax } = centres[i]!;
    const candidates = preferredSides(node.x, node.y).map((side) => labelAt(side, cx, cy, rMax, node.name));
    const free = candidates.find(
      (c) => !taken.some((t) => overlaps(t, c.box)) && !circles.some((b, j) => j !== i && overlaps(b, c.box)),
    );
    const chosen = free ?? candidates[0]!;
    taken.push(chosen.box);
    const count = node.exercises[era];
    return { node, cx: svgNumber(cx), cy: svgNumber(cy), r: svgNumber(radiusFor(count, maxCount)), count, label: { x: svgNumber(chosen.x), y: svgNumber(chosen.y), anchor: chosen.anchor } };
  });
  // The whole unit square stays in frame, so a filter that leaves few countries does not blow them up.
  const boxes = [...circles, ...taken];
  const pad = 6;
  const x0 = Math.min(0, ...boxes.map((b) => b.x0)) - pad;
  const y0 = Math.min(0, ...boxes.map((b) => b.y0)) - pad;
  const x1 = Math.max(PLOT, ...boxes.map((b) => b.x1)) + pad;
  const y1 = Math.max(PLOT, ...boxes.map((b) => b.y1)) + pad;
  return { nodes: placed, viewBox: [x0, y0, x1 - x0, y1 - y0].map((v) => Math.round(v)).join(' ') };
}

/** Stroke width for a pair with `weight` joint exercises. */
export function edgeWidth(weight: number): number {
  return Math.min(1 + 1.5 * (weight - 1), 9);
}
