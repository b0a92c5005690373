import { describe, expect, it } from 'vitest';
import { readDateLine } from './date-line';

const read = (line: string) => readDateLine(line)?.date ?? null;

describe('readDateLine: formats', () => {
  it.each([
    ['2024-04-08', '2024-04-08T00:00:00Z', 'day'],
    ['8 April 2024', '2024-04-08T00:00:00Z', 'day'],
    ['April 8th, 2024', '2024-04-08T00:00:00Z', 'day'],
    ['Monday, 8 April 2024', '2024-04-08T00:00:00Z', 'day'],
    ['Apr. 16, 2024', '2024-04-16T00:00:00Z', 'day'],
    ['2024/04/08', '2024-04-08T00:00:00Z', 'day'],
    ['17/10/2023', '2023-10-17T00:00:00Z', 'day'],
    ['17.10.2023', '2023-10-17T00:00:00Z', 'day'],
    ['April 2024', '2024-04-01T00:00:00Z', 'month'],
    ['Published 2024', '2024-01-01T00:00:00Z', 'year'],
  ])('%s → %s (%s)', (line, iso, precision) => {
    expect(read(line)).toMatchObject({ iso, precision, tzOffsetMinutes: null });
  });

  it.each([
    ['8 April 2024 20:25 UTC', '2024-04-08T20:25:00Z', 0],
    ['14:05 GMT, 3 May 2021', '2021-05-03T14:05:00Z', 0],
    ['8 April 2024 20:25 AZT', '2024-04-08T16:25:00Z', 240],
    ['8 April 2024 20:25 MSK', '2024-04-08T17:25:00Z', 180],
    ['12 Sept. 2022 10:00 ALMT', '2022-09-12T04:00:00Z', 360],
    ['8 April 2024, 20:25 CEST', '2024-04-08T18:25:00Z', 120],
    ['3 March 2020 09:00 CET', '2020-03-03T08:00:00Z', 60],
    ['Jan 5, 2024 9:30 AM EST', '2024-01-05T14:30:00Z', -300],
    ['Jan 5, 2024 9:30 AM CST', '2024-01-05T15:30:00Z', -360],
    ['Jul 5, 2024 9:30 AM CDT', '2024-07-05T14:30:00Z', -300],
    ['Jan 5, 2024 9:30 AM PST', '2024-01-05T17:30:00Z', -480],
    ['Jul 5, 2024 9:30 AM PDT', '2024-07-05T16:30:00Z', -420],
    ['2024-04-08T20:25:00+04:00', '2024-04-08T16:25:00Z', 240],
    ['8 April 2024 20:25 GMT+4', '2024-04-08T16:25:00Z', 240],
    ['Published: Monday, 8th April 2024 at 8:25pm MSK', '2024-04-08T17:25:00Z', 180],
  ])('%s → %s at offset %i', (line, iso, tz) => {
    expect(read(line)).toMatchObject({ iso, precision: 'minute', tzOffsetMinutes: tz });
  });

  it('keeps the date text as written, without its label', () => {
    expect(readDateLine('Updated: 14:05 GMT, 3 May 2021')).toMatchObject({
      role: 'updated',
      text: '14:05 GMT, 3 May 2021',
    });
    expect(readDateLine('Posted on April 8, 2024')?.role).toBe('published');
    expect(readDateLine('date 2024-04-08')?.role).toBe('plain');
  });
});

describe('readDateLine: what it must not guess', () => {
  it('notes and reads ambiguous slashed dates as month/day', () => {
    expect(readDateLine('04/05/2023')).toMatchObject({
      date: { iso: '2023-04-05T00:00:00Z', precision: 'day' },
      notes: ['Date 04/05/2023 is ambiguous; read as month/day'],
    });
  });

  it('reads ambiguous dotted dates day-first, with a note', () => {
    expect(readDateLine('04.05.2023')).toMatchObject({
      date: { iso: '2023-05-04T00:00:00Z' },
      notes: ['Date 04.05.2023 is ambiguous; read as day/month'],
    });
  });

  it('reads a time with no zone as UTC and says so', () => {
    expect(readDateLine('8 April 2024 20:25')).toMatchObject({
      date: { iso: '2024-04-08T20:25:00Z', precision: 'minute', tzOffsetMinutes: null },
      notes: ['No time zone stated with "8 April 2024 20:25"; time read as UTC'],
    });
  });

  it('prefers the more precise of two disagreeing dates and notes the conflict', () => {
    expect(readDateLine('date 2024-04-07 8 April 2024 20:25 (UTC+04:00)')).toMatchObject({
      date: { iso: '2024-04-08T16:25:00Z', precision: 'minute', tzOffsetMinutes: 240 },
      notes: [
        'Date line gives conflicting dates "2024-04-07" and "8 April 2024 20:25 (UTC+04:00)"; used the more precise "8 April 2024 20:25 (UTC+04:00)"',
      ],
    });
  });

  it('does not take a date out of a sentence', () => {
    expect(readDateLine('On January 20, the Turkish Ambassador to Kazakhstan met the minister')).toBeNull();
    expect(readDateLine('What Happened on April 8, 2024')).toBeNull();
    expect(readDateLine('Kazakhstan Offers to Hold Joint Military Exercises With Turkey')).toBeNull();
  });

  it('refuses dates without a stated year and impossible dates', () => {
    expect(readDateLine('April 8')).toMatchObject({ date: null, notes: ['Date "April 8" states no year; not used'] });
    expect(readDateLine('Posted 2 hours ago')?.date).toBeNull();
    expect(readDateLine('today')?.date).toBeNull();
    expect(readDateLine('02/30/2024')).toBeNull();
  });

  it('only reads labelled lines when a label is required', () => {
    expect(readDateLine('8 April 2024', { requireLabel: true })).toBeNull();
    expect(readDateLine('Published: 8 April 2024', { requireLabel: true })?.date?.iso).toBe('2024-04-08T00:00:00Z');
  });
});

describe('readDateLine: trailers', () => {
  it('accepts a short trailer after a leading date, but not a separated field', () => {
    expect(read('February 2, 2010 05:37 PM Age: 14 years')).toMatchObject({
      iso: '2010-02-02T17:37:00Z',
      text: 'February 2, 2010 05:37 PM',
    });
    expect(readDateLine('3 May 2021 | 4 min read')).toBeNull();
    expect(readDateLine('April 8, 2024 marks the end of an era for the Caspian fleet')).toBeNull();
  });
});

describe('readDateLine: dotted dates with a time, Russian dates', () => {
  it('keeps dotted dates day-first when a time follows', () => {
    expect(readDateLine('08.04.2024, 20:25')).toMatchObject({
      date: { iso: '2024-04-08T20:25:00Z', precision: 'minute' },
      notes: [
        'Date 08.04.2024 is ambiguous; read as day/month',
        'No time zone stated with "08.04.2024, 20:25"; time read as UTC',
      ],
    });
  });

  it.each([
    ['8 апреля 2024 20:25', '2024-04-08T20:25:00Z', 'minute', 'plain'],
    ['Опубликовано: 8 апреля 2024', '2024-04-08T00:00:00Z', 'day', 'published'],
    ['Обновлено: апрель 2024', '2024-04-01T00:00:00Z', 'month', 'updated'],
  ])('%s', (line, iso, precision, role) => {
    expect(readDateLine(line)).toMatchObject({ role, date: { iso, precision } });
  });
});
