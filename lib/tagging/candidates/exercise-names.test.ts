import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from '../test-helpers';

const empty = gazetteerOf();
const proposed = (text: string, gazetteer = empty) =>
  tag(gazetteer, text)
    .candidates.filter((c) => c.kind === 'exercise-name')
    .map((c) => [c.surface, c.suggestedType]);

describe('candidates: exercise names', () => {
  it('proposes a capitalised name joined to a year, with or without a hyphen or quotes', () => {
    expect(proposed('Joint drills (“UZAZ-2023”) and “Kanzhar-2023” in August, then Steppe Eagle 2024.')).toEqual([
      ['UZAZ-2023', 'exercise'],
      ['Kanzhar-2023', 'exercise'],
      ['Steppe Eagle 2024', 'exercise'],
    ]);
  });

  it('proposes Cyrillic names, and names with a parenthesis before the year', () => {
    expect(proposed('учения «Бірлестік-2024» и «Бірлестік (Unity) - 2024» прошли.')).toEqual([
      ['Бірлестік-2024', 'exercise'],
      ['Бірлестік (Unity) - 2024', 'exercise'],
    ]);
  });

  it('does not take dates for exercise names', () => {
    expect(proposed('In July 2024, since 2022, by Spring 2025, on Apr 16, 2024 and in 2023.')).toEqual([]);
  });

  it('proposes nothing over a known name', () => {
    const known = gazetteerOf(named('unity', 'Unity-2024', { entityType: 'exercise' }));
    expect(proposed('The Unity-2024 exercises began.', known)).toEqual([]);
  });
});
