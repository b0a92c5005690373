import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './dates';

describe('parsePartialDate', () => {
  it('keeps the precision given', () => {
    expect(parsePartialDate('2023')).toEqual({ date: new Date('2023-01-01T00:00:00Z'), precision: 'YEAR' });
    expect(parsePartialDate('2024-07')).toEqual({ date: new Date('2024-07-01T00:00:00Z'), precision: 'MONTH' });
    expect(parsePartialDate('2023-10-02')).toEqual({ date: new Date('2023-10-02T00:00:00Z'), precision: 'DAY' });
  });

  it('refuses anything else with a clear message', () => {
    expect(() => parsePartialDate('October 2023')).toThrow(/YYYY-MM-DD/);
  });
});
