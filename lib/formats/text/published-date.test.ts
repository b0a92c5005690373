import { describe, expect, it } from 'vitest';
import { formatOffset, formatPublishedDate, machineDate } from './published-date';

describe('formatPublishedDate', () => {
  it('shows a day-precision date without a time', () => {
    expect(formatPublishedDate({ iso: '2023-10-17T00:00:00.000Z', precision: 'DAY', tzOffsetMinutes: null })).toBe(
      '17 October 2023',
    );
  });

  it('shows a minute-precision date in the source time zone', () => {
    const edt = { iso: '2024-04-27T21:44:00.000Z', precision: 'MINUTE', tzOffsetMinutes: -240 } as const;
    expect(formatPublishedDate(edt)).toBe('27 April 2024, 17:44 (UTC−04:00)');
    const baku = { iso: '2024-04-08T16:25:00.000Z', precision: 'MINUTE', tzOffsetMinutes: 240 } as const;
    expect(formatPublishedDate(baku)).toBe('8 April 2024, 20:25 (UTC+04:00)');
  });

  it('never adds precision the source lacked', () => {
    expect(formatPublishedDate({ iso: '2024-04-01T00:00:00.000Z', precision: 'MONTH', tzOffsetMinutes: null })).toBe(
      'April 2024',
    );
    expect(formatPublishedDate({ iso: '2010-01-01T00:00:00.000Z', precision: 'YEAR', tzOffsetMinutes: null })).toBe(
      '2010',
    );
  });
});

describe('formatOffset / machineDate', () => {
  it('formats offsets and machine dates', () => {
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(0)).toBe('UTC');
    expect(machineDate({ iso: '2023-10-17T00:00:00.000Z', precision: 'DAY', tzOffsetMinutes: null })).toBe('2023-10-17');
  });
});
