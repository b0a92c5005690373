import { describe, expect, it } from 'vitest';
import { looksLikeDirective, parseFigureDirective } from './figure-directive';

const error = (line: string) => {
  const r = parseFigureDirective(line, 1);
  return r.ok ? null : `${r.kind}: ${r.message}`;
};

describe('parseFigureDirective', () => {
  it('reads every attribute, defaulting the era to both', () => {
    expect(parseFigureDirective('::figure{kind="timeline" countries=" kazakhstan , russia,kazakhstan" org="csto" from="2015" to="2024"}', 7)).toEqual({
      ok: true,
      value: { kind: 'timeline', era: 'both', countries: ['kazakhstan', 'russia'], organization: 'csto', fromYear: 2015, toYear: 2024, line: 7 },
    });
  });

  it('accepts a directive without attributes only if a kind is given', () => {
    expect(error('::figure')).toMatch(/^bad-syntax: A figure needs a kind/);
    expect(error('::figure{}')).toMatch(/^bad-syntax: A figure needs a kind/);
  });

  it('tells an unknown kind apart from other mistakes', () => {
    expect(error('::figure{kind="pie"}')).toMatch(/^unknown-figure: Unknown figure kind "pie"/);
    expect(error('::chart{kind="map"}')).toMatch(/^bad-syntax: Unknown directive ::chart/);
    expect(error('::figure{kind="map" era="soviet"}')).toMatch(/Unknown era "soviet"/);
    expect(error('::figure{kind="map" colour="red"}')).toMatch(/Unknown figure attribute "colour"/);
    expect(error('::figure{kind="map" kind="network"}')).toMatch(/given twice/);
    expect(error("::figure{kind='map'}")).toMatch(/cannot read attributes/);
    expect(error('::figure{kind="map" countries="Kazakh Stan"}')).toMatch(/not a country slug/);
    expect(error('::figure{kind="map" countries="a,b,c,d,e,f,g"}')).toMatch(/at most 6/);
    expect(error('::figure{kind="map" from="22"}')).toMatch(/not a year/);
    expect(error('::figure{kind="map" from="2024" to="2020"}')).toMatch(/"from" is after "to"/);
    expect(error('::figure{kind="map" org="<b>"}')).toMatch(/not an organization slug/);
  });

  it('recognizes directive-like lines', () => {
    expect(looksLikeDirective('::figure{kind="map"}')).toBe(true);
    expect(looksLikeDirective('  ::Figure')).toBe(true);
    expect(looksLikeDirective('Note :: this')).toBe(false);
    expect(looksLikeDirective('::')).toBe(false);
  });
});
