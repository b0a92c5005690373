import { describe, expect, it } from 'vitest';
import { deriveEra } from '@/lib/articles/era';
import { seedEntities, taggerNamesFromSeed } from '@/lib/entities/seed';
import { parseArticle } from '@/lib/importer';
import { compileGazetteer, tagArticle } from '@/lib/tagging';
import { createCorpusGenerator, type GeneratedArticle } from './generate-article';

const generator = createCorpusGenerator({ seed: 'unit', entities: seedEntities });
const sample: GeneratedArticle[] = Array.from({ length: 150 }, (_, i) => generator.article(i));
const gazetteer = compileGazetteer(taggerNamesFromSeed(seedEntities));

describe('synthetic corpus generator', () => {
  it('is deterministic for a seed, article by article', () => {
    const again = createCorpusGenerator({ seed: 'unit', entities: seedEntities });
    expect(again.article(42)).toEqual(sample[42]);
    expect(again.article(7).rawText).toBe(sample[7]?.rawText);
    const other = createCorpusGenerator({ seed: 'other', entities: seedEntities });
    expect(other.article(42).rawText).not.toBe(sample[42]?.rawText);
  });

  // The machine running the tests may be busy: a small sample, and room beyond the default 5 s.
  it('names entities in forms the real tagger finds, possessives and native scripts included', { timeout: 30_000 }, () => {
    const surfaces = new Set<string>();
    for (const article of sample.slice(0, 60)) {
      const { mentions } = tagArticle(gazetteer, article.paragraphs.map((p, id) => ({ id, text: p.text })));
      const found = new Set(mentions.map((m) => m.entityKey));
      expect(article.named.filter((key) => !found.has(key))).toEqual([]);
      for (const m of mentions) surfaces.add(article.paragraphs[m.paragraphId]?.text.slice(m.start, m.end + 2) ?? '');
    }
    const all = [...surfaces];
    expect(all.some((s) => /^[\p{Script=Cyrillic}]/u.test(s))).toBe(true);
    expect(all.some((s) => /['’]s$/u.test(s))).toBe(true);
    expect(all.some((s) => s.startsWith('Türkiye') || s.startsWith('CSTO') || s.startsWith('Kyrgyz Republic'))).toBe(true);
  });

  it('writes text the importer reads back: headline, by-line, outlet, date and paragraphs', { timeout: 30_000 }, () => {
    for (const article of sample.slice(0, 25)) {
      const parsed = parseArticle(article.rawText);
      expect(parsed.title).toBe(article.title);
      expect(parsed.authors).toEqual(article.authors);
      if (article.outlet) expect(parsed.publication?.name).toBe(article.outlet);
      expect(parsed.published?.text ?? null).toBe(article.published?.text ?? null);
      if (parsed.published && article.published) expect(new Date(parsed.published.iso)).toEqual(article.published.at);
      expect(parsed.paragraphs.map((p) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
      expect(parsed.paragraphs.map((p) => p.kind.toUpperCase())).toEqual(article.paragraphs.map((p) => p.kind));
      expect(parsed.yearsMentioned).toEqual(article.yearsMentioned);
    }
  });

  it('spreads articles over 1995–2026, both eras, many outlets, 4–30 paragraphs, some subheadings', () => {
    const years = sample.flatMap((a) => (a.published ? [a.published.at.getUTCFullYear()] : []));
    expect(Math.min(...years)).toBeLessThan(2002);
    expect(Math.max(...years)).toBeGreaterThan(2023);
    const eras = new Set(sample.map((a) => deriveEra({ publishedAt: a.published?.at ?? null, yearsMentioned: a.yearsMentioned }).era));
    expect(eras).toContain('CSTO_ERA');
    expect(eras).toContain('POST_2022');
    expect(new Set(sample.map((a) => a.outlet)).size).toBeGreaterThan(40);
    for (const a of sample) expect(a.paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const a of sample) expect(a.paragraphs.length).toBeLessThanOrEqual(30);
    expect(sample.some((a) => a.paragraphs.some((p) => p.kind === 'HEADING'))).toBe(true);
    expect(new Set(sample.map((a) => a.title)).size).toBeGreaterThan(120);
  });

  it('keeps names to their years: no Türkiye before 2022, no Khazri-2023 in the 1990s', () => {
    for (const a of sample) {
      const year = a.published?.at.getUTCFullYear();
      if (year === undefined) continue;
      const text = a.paragraphs.map((p) => p.text).join('\n');
      // The native "(Türkiye Cumhuriyeti)" is timeless; the English "Türkiye" dates from 2022.
      if (year < 2022) expect(text).not.toMatch(/(?<!\()Türkiye/u);
      if (year < 2022) expect(a.named).not.toContain('russian-invasion-of-ukraine');
      if (year < 2022) expect(a.named).not.toContain('khazri-2023');
    }
  });
});
