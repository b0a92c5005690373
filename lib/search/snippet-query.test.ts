import { describe, expect, it } from 'vitest';
import { snippetQuery } from './snippet-query';

const pattern = (tsquery: string) => snippetQuery(tsquery)?.pattern;
const highlight = (tsquery: string) => snippetQuery(tsquery)?.highlight;

describe('snippetQuery', () => {
  it('finds where a word starts, reading a final i as the y the stemmer made of it', () => {
    expect(pattern("'drill'")).toBe('\\mdrill');
    expect(pattern("'navi'")).toBe('\\mnav[iy]');
    const re = new RegExp(pattern("'navi' | 'armi'")?.replace('\\m', '\\b') ?? '', 'iu');
    expect('the navy sailed').toMatch(re);
    expect('armies moved').toMatch(re);
    expect('naval forces').not.toMatch(re);
  });

  it('leaves out negated words, in the pattern and in what is highlighted', () => {
    expect(snippetQuery("'drill' & !'russia'")).toEqual({ pattern: '\\mdrill', highlight: "'drill'" });
    expect(snippetQuery("'uniti' <-> '2024' & !( 'kazakhstan' | 'қазақстан' )")).toEqual({
      pattern: '\\munit[iy]\\w*\\W+2024',
      highlight: "( 'uniti' <-> '2024' )",
    });
    expect(snippetQuery("!'russia'")).toBeUndefined();
    expect(snippetQuery('')).toBeUndefined();
  });

  it('reads a phrase as its words in order, with the stop words its distance skips', () => {
    const phrase = pattern("'naval' <-> 'forc' <2> 'kazakhstan'") ?? '';
    expect(phrase).toBe('\\mnaval\\w*\\W+forc\\w*(?:\\W+\\w+){1}\\W+kazakhstan');
    const re = new RegExp(phrase.replace('\\m', '\\b'), 'iu');
    expect('the Naval Forces of Kazakhstan sailed').toMatch(re);
    expect('naval exercises and forces in Kazakhstan').not.toMatch(re);
  });

  it('highlights each word of an AND on its own, phrases as phrases', () => {
    expect(highlight("'border' & 'secur'")).toBe("( 'border' | 'secur' )");
    expect(highlight("( 'kazakhstan' | 'republ' <-> 'kazakhstan' ) & 'drill'")).toBe("( ( 'kazakhstan' | ( 'republ' <-> 'kazakhstan' ) ) | 'drill' )");
    expect(highlight("'naval' <-> 'forc' <2> 'kazakhstan'")).toBe("( ( 'naval' <-> 'forc' ) <2> 'kazakhstan' )");
  });

  it('looks for a word once when another already starts it', () => {
    expect(pattern("'kazakhstan' | 'kazakh' | 'kazakhstani' | 'қазақстан'")).toBe('\\m(?:kazakh|қазақстан)');
  });

  it('keeps quotes and backslashes of lexemes, escaped for each language', () => {
    expect(snippetQuery("'it''s' <-> 'a.b\\\\c'")).toEqual({
      pattern: "\\mit's\\w*\\W+a\\.b\\\\c",
      highlight: "( 'it''s' <-> 'a.b\\\\c' )",
    });
  });
});
