import { describe, expect, it } from 'vitest';
import { formEntries, formField } from './form-input';

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
