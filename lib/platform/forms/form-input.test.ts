import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors, firstIssue, formEntries, formField } from './form-input';

describe('form input', () => {
  it('reads string fields of a real form', () => {
    const form = new FormData();
    form.set('title', 'A brief');
    form.set('file', new Blob(['x']));
    expect(formEntries(form)).toEqual({ title: 'A brief' });
    expect(formField(form, 'title')).toBe('A brief');
    expect(formField(form, 'file')).toBe('');
  });

  it('treats anything else as an empty form', () => {
    for (const forged of [undefined, null, { title: 'x' }, 'title=x', [['title', 'x']]]) {
      expect(formEntries(forged)).toEqual({});
      expect(formField(forged, 'title')).toBe('');
    }
  });
});

describe('field errors', () => {
  const schema = z
    .object({ title: z.string().min(1, 'Give a title.').max(5, 'Too long.'), year: z.coerce.number().int('Whole years only.') })
    .refine((v) => v.title !== 'x', 'Not this one.');

  it('keys each message by its input, every message kept, and whole-form issues under form', () => {
    const failed = schema.safeParse({ title: '', year: '1.5' });
    expect(failed.success).toBe(false);
    if (!failed.success) expect(fieldErrors(failed.error)).toEqual({ title: ['Give a title.'], year: ['Whole years only.'] });
    const whole = schema.safeParse({ title: 'x', year: '2020' });
    if (!whole.success) expect(fieldErrors(whole.error)).toEqual({ form: ['Not this one.'] });
    expect(whole.success).toBe(false);
  });

  it('gives the first message for an answer with room for one, else the fallback', () => {
    const failed = schema.safeParse({ title: '', year: '1.5' });
    if (failed.success) throw new Error('expected a failure');
    expect(firstIssue(failed.error, 'Not read.')).toBe('Give a title.');
    expect(firstIssue({ issues: [] }, 'Not read.')).toBe('Not read.');
  });
});
