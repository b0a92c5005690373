import { describe, expect, it } from 'vitest';
import { factInWords } from './fact-words';
import type { ProposedFact } from './types';

const fact = (over: Partial<ProposedFact>): ProposedFact => ({
  kind: 'participated-in',
  subject: 'Kazakhstan',
  object: 'Steppe Eagle-2023',
  role: null,
  from: null,
  to: null,
  paragraph: 'p-2',
  quote: '',
  ...over,
});

describe('factInWords', () => {
  it('says a participation by its role', () => {
    expect(factInWords(fact({ role: 'host' }))).toBe('Kazakhstan hosted Steppe Eagle-2023');
    expect(factInWords(fact({ role: 'stayed-away' }))).toBe('Kazakhstan stayed away from Steppe Eagle-2023');
    expect(factInWords(fact({ role: null }))).toBe('Kazakhstan took part in Steppe Eagle-2023');
  });

  it('says where, which series, and when, with the dates a dated fact carries', () => {
    expect(factInWords(fact({ kind: 'held-in', subject: 'Khazri-2023', object: 'Baku' }))).toBe('Khazri-2023 was held in Baku');
    expect(factInWords(fact({ kind: 'part-of-series', subject: 'Rubezh-2025', object: 'Rubezh' }))).toBe('Rubezh-2025 is part of the series Rubezh');
    expect(factInWords(fact({ kind: 'dated', subject: 'Khazri-2023', object: null, from: '2023-07', to: '2023-07' }))).toBe('Khazri-2023 is dated 2023-07');
    expect(factInWords(fact({ kind: 'dated', subject: 'Khazri-2023', object: null, from: '2023-07-10', to: '2023-07-14' }))).toBe('Khazri-2023 is dated 2023-07-10 to 2023-07-14');
  });
});
