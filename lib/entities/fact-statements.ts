import type { FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';

/** What makes two facts the same statement: who, what, which role, and when; never where it was read. */
export interface StatementParts {
  kind: FactKind;
  direction: 'out' | 'in';
  role: ParticipationRole | string | null;
  other: string;
  from: string | null;
  to: string | null;
}

export const statementKey = (s: StatementParts): string => [s.kind, s.direction, s.role ?? '', s.other, s.from ?? '', s.to ?? ''].join('|');

/**
 * Facts grouped into statements, in first-seen order. A fact row is one source's statement (its
 * paragraph or reference, quote and history): two sources saying the same thing are two rows, kept
 * apart so that each can be corrected or retracted alone, and are shown as one statement with both
 * citations. Facts that differ in role or dates stay separate statements.
 */
export function groupStatements<T>(facts: readonly T[], partsOf: (fact: T) => StatementParts): T[][] {
  const groups = new Map<string, T[]>();
  for (const f of facts) {
    const key = statementKey(partsOf(f));
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}
