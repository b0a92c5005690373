import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const raw = readFileSync(new URL('../../prisma/corpus/001_8744416162cce3f1.txt', import.meta.url), 'utf8');
const article = parseArticle(raw);

describe('corpus 001: masthead, lowercase duplicate headline, image credit, related list', () => {
  it('keeps the properly cased headline', () => {
    expect(article.title).toBe(
      'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation',
    );
  });

  it('reads the author and the abbreviated date', () => {
    expect(article.authors).toEqual(['Toghrul Ali']);
    expect(article.published).toEqual({
      iso: '2024-04-16T00:00:00Z',
      precision: 'day',
      tzOffsetMinutes: null,
      text: 'Apr 16, 2024',
    });
  });

  it('takes the publication from the "ABBR - Name" masthead', () => {
    expect(article.publication).toEqual({
      name: 'Caspian Policy Center',
      abbreviation: 'CPC',
      provenance: 'header',
      evidence: 'CPC - Caspian Policy Center',
    });
    expect(article.issue).toBeNull();
  });

  it('removes masthead, lowercase headline, image credit and the related list, in order', () => {
    expect(article.removed).toEqual([
      { kind: 'site-header', text: 'CPC - Caspian Policy Center' },
      {
        kind: 'repeated-headline',
        text: 'caspian states to hold military drills for the first time without russia’s participation',
      },
      { kind: 'image-credit', text: 'Image source: Ministry of Defense of the Republic of Kazakhstan' },
      { kind: 'related-list', text: 'Related Articles' },
      { kind: 'related-list', text: 'South Caucasus: Disruption and Divergence' },
      { kind: 'related-list', text: 'The South Caucasus has long been a complex, changeable region. But recent trends' },
      {
        kind: 'related-list',
        text: 'Ukrainian Fallout: Kazakhstan’s Economy Could Be Caught Between Russia and the U.S.',
      },
    ]);
  });

  it('keeps five text paragraphs, Cyrillic and curly quotes intact', () => {
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs.every((p) => p.kind === 'text')).toBe(true);
    expect(article.paragraphs[0]?.text).toBe(
      'The repercussions of Russia\'s conflict with Ukraine are bleeding across Russia’s southern borders into the Caspian Region, sparking a recalibration of the region’s security dynamics. Although the region has carefully navigated its complex relations with Moscow, this balancing act is creating a sense of needing a different form of security. In this vein, there has been a notable increase in regional cooperation, particularly within the military sphere. The Caspian Region has begun to visibly bolster its military capabilities. The recently reached agreement by the representatives from the Ministries of Defense of Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan on April 4 signifies a major milestone, as it marks the first instance of Caspian countries conducting multilateral joint exercises independently, without Russia’s participation.',
    );
    expect(article.paragraphs[1]?.text).toContain('“Бірлестік (Unity) - 2024”');
    expect(article.paragraphs.at(-1)?.text).toBe(
      'The Unity-2024 tactical military training exercises, uniting Caspian states, marks a significant milestone in their military partnership, notably as the first such operation conducted independently of Russian involvement. Amid these encouraging advancements and increasing unity, there is an expectation for the continuation of such endeavors. While these collaborative exercises signal a positive trajectory in enhancing the military capacities and coordinating ability of the Caspian nations, they will have to carefully tread the track record of their large neighbor.',
    );
  });

  it('has nothing to report as missing', () => {
    expect(article.notes).toEqual([]);
    expect(article.yearsMentioned).toEqual([2023, 2024]);
  });
});
