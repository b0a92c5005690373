import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START, splitMarked, stripMarks } from './highlight';

describe('splitMarked', () => {
  it('splits ts_headline output into plain and highlighted runs', () => {
    expect(splitMarked(`Joint ${HIT_START}exercises${HIT_END} in ${HIT_START}Aktau${HIT_END}.`)).toEqual([
      { text: 'Joint ', hit: false },
      { text: 'exercises', hit: true },
      { text: ' in ', hit: false },
      { text: 'Aktau', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(splitMarked(`<script>${HIT_START}x${HIT_END}`)).toEqual([
      { text: '<script>', hit: false },
      { text: 'x', hit: true },
    ]);
  });

  it('strips markers', () => {
    expect(stripMarks(`${HIT_START}Baku${HIT_END} port`)).toBe('Baku port');
  });
});
