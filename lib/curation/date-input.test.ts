import { describe, expect, it } from 'vitest';
import { formatEditorDate, parseEditorDate, parseOffset } from './date-input';

describe('parseEditorDate', () => {
  it('takes the precision the editor wrote', () => {
    expect(parseEditorDate('2024', '')).toMatchObject({ ok: true, value: { precision: 'YEAR', tzOffsetMinutes: null } });
    expect(parseEditorDate('2024-04', '')).toMatchObject({ ok: true, value: { precision: 'MONTH' } });
    expect(parseEditorDate('2024-04-27', '')).toMatchObject({ ok: true, value: { precision: 'DAY', publishedAt: new Date('2024-04-27T00:00:00Z') } });
    expect(parseEditorDate('2024-04-27 17:44', '−04:00')).toMatchObject({
      ok: true,
      value: { precision: 'MINUTE', tzOffsetMinutes: -240, publishedAt: new Date('2024-04-27T21:44:00Z') },
    });
    expect(parseEditorDate('  ', '')).toEqual({ ok: true, value: null });
  });

  it('refuses dates that do not exist and offsets without a time', () => {
    expect(parseEditorDate('2023-02-29', '')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { publishedDate: [expect.any(String)] } });
    expect(parseEditorDate('2024-13', '')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { publishedDate: [expect.any(String)] } });
    expect(parseEditorDate('27 April 2024', '')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { publishedDate: [expect.any(String)] } });
    expect(parseEditorDate('2024-04-27 24:00', '')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { publishedDate: [expect.any(String)] } });
    expect(parseEditorDate('2024-04-27', '+03:00')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { tzOffset: [expect.any(String)] } });
    expect(parseEditorDate('', '+03:00')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { tzOffset: [expect.any(String)] } });
    expect(parseEditorDate('2024-04-27 10:00', '+15:00')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { tzOffset: [expect.any(String)] } });
  });

  it('reads offsets as people write them', () => {
    expect(parseOffset('UTC')).toBe(0);
    expect(parseOffset('+3')).toBe(180);
    expect(parseOffset('UTC+05:30')).toBe(330);
    expect(parseOffset('-0400')).toBe(-240);
    expect(parseOffset('')).toBeNull();
    expect(parseOffset('Moscow')).toBeUndefined();
  });

  it('formats a stored date back to the same input', () => {
    for (const [text, offset] of [['2024', ''], ['2024-04', ''], ['2024-04-27', ''], ['2024-04-27 17:44', '-04:00'], ['2024-04-27 23:30', '+05:30']] as const) {
      const parsed = parseEditorDate(text, offset);
      if (!parsed.ok || !parsed.value) throw new Error('not parsed');
      const { publishedAt, precision, tzOffsetMinutes } = parsed.value;
      expect(formatEditorDate({ iso: publishedAt.toISOString(), precision, tzOffsetMinutes })).toEqual({ publishedDate: text, tzOffset: offset });
    }
  });
});
