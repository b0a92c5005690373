import { describe, expect, it } from 'vitest';
import { slugForArticle } from './index';

describe('slugForArticle', () => {
  it('slugs the title', () => {
    expect(
      slugForArticle({ title: 'Kazakhstan Offers to Hold Joint Military Exercises With Turkey', paragraphs: [] }),
    ).toBe('kazakhstan-offers-to-hold-joint-military-exercises-with-turkey');
  });

  it('transliterates Cyrillic, Kazakh letters and diacritics', () => {
    expect(slugForArticle({ title: 'Бірлестік (Unity) - 2024', paragraphs: [] })).toBe('birlestik-unity-2024');
    expect(slugForArticle({ title: 'Қазақстан және Түркия', paragraphs: [] })).toBe('qazaqstan-zhane-turkiya');
    expect(slugForArticle({ title: 'Türkiye’s Ojmasza Drills', paragraphs: [] })).toBe('turkiyes-ojmasza-drills');
  });

  it('cuts long slugs at a word boundary, at most 80 characters', () => {
    const slug = slugForArticle({
      title: 'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation',
      paragraphs: [],
    });
    expect(slug).toBe('caspian-states-to-hold-military-drills-for-the-first-time-without-russias');
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('falls back to the first words of the first text paragraph', () => {
    const slug = slugForArticle({
      title: null,
      paragraphs: [
        { kind: 'heading', text: 'Background' },
        { kind: 'text', text: 'After gaining independence, the Central Asian states began to take steps.' },
      ],
    });
    expect(slug).toBe('after-gaining-independence-the-central-asian-states-began-to-take-steps');
  });

  it('is never empty', () => {
    expect(slugForArticle({ title: '…', paragraphs: [{ kind: 'text', text: '!!!' }] })).toBe('article');
    expect(slugForArticle({ title: null, paragraphs: [] })).toBe('article');
  });
});
