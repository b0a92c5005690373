import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label';

describe('countLabel', () => {
  it('shows an exact count as it is and a capped one as a lower bound', () => {
    expect(countLabel(0, false)).toBe('0');
    expect(countLabel(999, false)).toBe('999');
    expect(countLabel(1000, true)).toBe('1,000+');
    expect(countLabel(1003, true)).toBe('1,003+');
  });
});
