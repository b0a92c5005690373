import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { FigureDirective } from '@/lib/formats/markdown';
import { computeComparison } from './compute';
import { exerciseRecords, keyEvents } from './records';
import type { CompareFilter, Comparison } from './types';

/** A brief's figure as it was when the brief was published: the directive and its data. */
export interface FigureSnapshot {
  directive: FigureDirective;
  comparison: Comparison;
  takenAt: string;
}

export function directiveFilter(d: FigureDirective): CompareFilter {
  return {
    countries: d.countries,
    ...(d.organization ? { organization: d.organization } : {}),
    ...(d.fromYear !== undefined ? { fromYear: d.fromYear } : {}),
    ...(d.toYear !== undefined ? { toYear: d.toYear } : {}),
  };
}

/**
 * Computes each figure from the knowledge base now, to be stored with a revision: the published
 * brief and its permalink keep showing the figure as it was, whatever is added later.
 */
export async function snapshotFigures(db: Pick<PrismaClient, 'entity'>, directives: FigureDirective[], now = new Date()): Promise<FigureSnapshot[]> {
  if (directives.length === 0) return [];
  const [records, events] = await Promise.all([exerciseRecords(db), keyEvents(db)]);
  return directives.map((directive) => ({
    directive,
    comparison: computeComparison(records, events, directiveFilter(directive)),
    takenAt: now.toISOString(),
  }));
}

/** Reads stored snapshots back, tolerating revisions published before figures existed. */
export function parseFigureSnapshots(value: unknown): FigureSnapshot[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is FigureSnapshot => typeof v === 'object' && v !== null && 'directive' in v && 'comparison' in v && 'takenAt' in v,
  );
}
