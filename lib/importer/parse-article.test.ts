import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { PROSE_1, PROSE_2, doc } from './test-text';

const corpus = new URL('../../prisma/corpus/', import.meta.url);
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));

describe('parseArticle: input handling', () => {
  it('throws a clear error on empty or blank input', () => {
    expect(() => parseArticle('')).toThrow('parseArticle: the text is empty; there is no article to import');
    expect(() => parseArticle(' \n\r\n\t ')).toThrow(/empty/);
    expect(() => parseArticle('\uFEFF')).toThrow(/empty/);
  });

  it('reads CRLF, CR and BOM input like LF input', () => {
    const lf = doc('Caspian Navies Plan Drills', 'By Jane Doe', '', '3 May 2021', '', PROSE_1, '', PROSE_2);
    const expected = parseArticle(lf);
    expect(parseArticle(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseArticle(`\uFEFF${lf.replace(/\n/g, '\r')}`)).toEqual(expected);
    expect(expected.title).toBe('Caspian Navies Plan Drills');
    expect(expected.paragraphs).toHaveLength(2);
  });

  it('handles a very large input', () => {
    const raw = doc('Caspian Navies Plan Drills', 'By Jane Doe', ...Array.from({ length: 20_000 }, (_, i) => (i % 2 ? PROSE_1 : PROSE_2)));
    const started = Date.now();
    const a = parseArticle(raw);
    expect(a.paragraphs).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('handles a text with no running prose at all', () => {
    const a = parseArticle(doc('Caspian Navies Plan Drills', 'By Jane Doe', 'Short note.'));
    expect(a.title).toBe('Caspian Navies Plan Drills');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.paragraphs).toEqual([{ kind: 'text', text: 'Short note.' }]);
  });
});

describe('parseArticle: invariants over the corpus', () => {
  it.each(files)('%s: every paragraph and removal is a line of the text, as written', (file) => {
    const raw = readFileSync(new URL(file, corpus), 'utf8');
    const lines = raw.split('\n').map((l) => l.trim());
    const a = parseArticle(raw);
    for (const p of a.paragraphs) expect(lines).toContain(p.text);
    const lineOf = (text: string) => lines.some((l) => l.includes(text));
    for (const r of a.removed) expect(lineOf(r.text)).toBe(true);
  });

  it.each(files)('%s: years are the body’s four-digit years, sorted and distinct', (file) => {
    const a = parseArticle(readFileSync(new URL(file, corpus), 'utf8'));
    expect([...a.yearsMentioned].sort((x, y) => x - y)).toEqual(a.yearsMentioned);
    expect(new Set(a.yearsMentioned).size).toBe(a.yearsMentioned.length);
    expect(a.yearsMentioned.every((y) => y >= 1900 && y <= 2100)).toBe(true);
  });
});
