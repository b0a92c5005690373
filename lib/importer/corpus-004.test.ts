import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const raw = readFileSync(new URL('../../prisma/corpus/004_0c0f666a292d9ff0.txt', import.meta.url), 'utf8');
const article = parseArticle(raw);

describe('corpus 004: publication label with issue, no date, cited sources in parentheses', () => {
  it('reads the title and states no author', () => {
    expect(article.title).toBe('Kazakhstan Offers to Hold Joint Military Exercises With Turkey');
    expect(article.authors).toEqual([]);
  });

  it('splits the publication label into name and issue', () => {
    expect(article.publication).toEqual({
      name: 'Eurasia Daily Monitor',
      abbreviation: null,
      provenance: 'label',
      evidence: 'Publication: Eurasia Daily Monitor Volume: 7 Issue: 22',
    });
    expect(article.issue).toBe('Volume: 7 Issue: 22');
  });

  it('does not take "On January 20, …" or a cited source date as the publication date', () => {
    expect(article.published).toBeNull();
    expect(article.notes).toEqual(['No author stated', 'No publication date stated']);
  });

  it('keeps eight paragraphs with their parenthetical citations', () => {
    expect(article.removed).toEqual([]);
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs.every((p) => p.kind === 'text')).toBe(true);
    expect(article.paragraphs[0]?.text.startsWith('On January 20, the Turkish Ambassador to Kazakhstan')).toBe(true);
    expect(article.paragraphs[0]?.text.endsWith('(www.kazakhstan.org.sg, October 23, 2009).')).toBe(true);
    expect(article.paragraphs.at(-1)?.text).toBe(
      'As active regional players still lacking “military muscle,” Kazakhstan and Turkey are therefore well positioned to benefit from enhanced defense cooperation. The Kazakh offer to hold joint exercises may prove appealing for Turkey, since its interests have long been overshadowed in Central Asia by the presence of Russia and China. In this connection, one might expect concern on the part of Russia, since its strategic position is increasingly affected by the regional engagement of China and Turkey in Central Asia generally and in Kazakhstan, the region’s largest economy, in particular.',
    );
  });

  it('lists the years mentioned, for estimating the era of an undated article', () => {
    expect(article.yearsMentioned).toEqual([2007, 2008, 2009, 2010]);
  });
});
