import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

describe('snippetAround', () => {
  const text = 'On April 4, representatives from the operational-command staffs of five countries met in Aktau, Kazakhstan, to plan the exercises.';

  it('keeps the whole paragraph when it is short', () => {
    const start = text.indexOf('Aktau');
    expect(snippetAround(text, start, start + 5)).toEqual({
      before: text.slice(0, start),
      match: 'Aktau',
      after: text.slice(start + 5),
    });
  });

  it('cuts long paragraphs at word boundaries with ellipses', () => {
    const start = text.indexOf('Aktau');
    const s = snippetAround(text, start, start + 5, 20);
    expect(s.match).toBe('Aktau');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    // The cut falls between words, never inside one.
    const from = text.indexOf(s.before.slice(1));
    expect(text[from - 1]).toBe(' ');
    const to = text.indexOf(s.after.slice(0, -1)) + s.after.length - 1;
    expect(text[to]).toBe(' ');
  });
});
