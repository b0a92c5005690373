import { describe, expect, it } from 'vitest';
import { titleFontSize, truncateTitle } from './truncate';

describe('truncateTitle', () => {
  it('keeps a short title as it is, with its whitespace tidied', () => {
    expect(truncateTitle('  Khazri   2023 ', 20)).toBe('Khazri 2023');
  });

  it('cuts a long title at a word boundary and adds an ellipsis', () => {
    const out = truncateTitle('Kazakhstan and Azerbaijan hold military drills without Russia', 40);
    expect(out).toBe('Kazakhstan and Azerbaijan hold military…');
    expect(Array.from(out).length).toBeLessThanOrEqual(40);
  });

  it('counts Cyrillic by characters and never splits a surrogate pair', () => {
    const out = truncateTitle('Учения «Бирлестик» прошли в Казахстане 😀😀😀😀', 20);
    expect(Array.from(out).length).toBeLessThanOrEqual(20);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('titleFontSize', () => {
  it('shrinks as the title grows', () => {
    expect(titleFontSize('Short')).toBeGreaterThan(titleFontSize('x'.repeat(100)));
  });
});
