import { describe, expect, it } from 'vitest';
import { groupStatements, type StatementParts } from './fact-statements';

const fact = (id: string, parts: Partial<StatementParts> = {}) => ({
  id,
  parts: { kind: 'PARTICIPATED_IN' as const, direction: 'in' as const, role: 'HOST', other: 'azerbaijan', from: null, to: null, ...parts },
});

describe('groupStatements', () => {
  it('shows the same statement from several sources once, in first-seen order, and keeps differing ones apart', () => {
    const facts = [
      fact('a'),
      fact('b', { role: 'PARTICIPANT', other: 'kazakhstan' }),
      fact('c'),
      fact('d', { role: 'PARTICIPANT' }),
      fact('e', { from: '2024-05-01' }),
      fact('f', { direction: 'out' }),
    ];
    expect(groupStatements(facts, (f) => f.parts).map((g) => g.map((f) => f.id))).toEqual([['a', 'c'], ['b'], ['d'], ['e'], ['f']]);
  });
});
