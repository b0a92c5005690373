import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const raw = readFileSync(new URL('../../prisma/corpus/002_bfca926db83a5ef9.txt', import.meta.url), 'utf8');
const article = parseArticle(raw);

describe('corpus 002: glued section label, doubled caption, time with zone, subheadings', () => {
  it('takes the headline without the glued "News" label', () => {
    expect(article.title).toBe("Central Asia's Bold Move: Hosting Major Military Drills sans Russia");
  });

  it('states no author and no publication', () => {
    expect(article.authors).toEqual([]);
    expect(article.publication).toBeNull();
    expect(article.notes).toEqual(['No author stated', 'No publication stated']);
  });

  it('reads "5:44 PM EDT, April 27, 2024" to the minute at UTC−4', () => {
    expect(article.published).toEqual({
      iso: '2024-04-27T21:44:00Z',
      precision: 'minute',
      tzOffsetMinutes: -240,
      text: '5:44 PM EDT, April 27, 2024',
    });
  });

  it('removes the section label, the duplicate headline, the caption pair, the credit and "Related content"', () => {
    const caption = 'Kazakhstan is distancing itself from Russia with such actions.';
    expect(article.removed).toEqual([
      { kind: 'section-label', text: 'News' },
      { kind: 'repeated-headline', text: "Central Asia's Bold Move: Hosting Major Military Drills sans Russia" },
      { kind: 'image-caption', text: caption },
      { kind: 'image-caption', text: caption },
      { kind: 'image-credit', text: 'Images source: © PAP' },
      { kind: 'related-list', text: 'Related content' },
    ]);
  });

  it('marks the two short unpunctuated lines as headings', () => {
    expect(article.paragraphs).toHaveLength(12);
    const headings = article.paragraphs.flatMap((p, i) => (p.kind === 'heading' ? [[i, p.text]] : []));
    expect(headings).toEqual([
      [5, 'Experts view this as the dawn of a new era'],
      [9, "A notable exclusion, undermining Putin's influence"],
    ]);
  });

  it('keeps first and last paragraphs exactly, non-breaking spaces included', () => {
    expect(article.paragraphs[0]).toEqual({
      kind: 'text',
      text: 'In July, Central Asia will host the "Birlestik-2024" exercises, a pivotal occurrence for Russia. However, the twist in the story is Russia\'s exclusion from the event, raising questions about the intentions of its neighbors.',
    });
    expect(article.paragraphs.at(-1)).toEqual({
      kind: 'text',
      text: 'The ambiguous nature of Kazakhstan\'s participation has stirred discussions among pro-Kremlin circles. There are perceptions of both a\u00a0friendly posture and actions that might be seen as not entirely supportive of Russia, affecting both its relations with the West and its military positioning, as noted by Vladimir Shapavalov, a\u00a0Russian political scientist, in “General Newspaper of the Leningrad Region.”',
    });
    expect(article.yearsMentioned).toEqual([2024]);
  });
});
