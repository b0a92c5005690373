import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const raw = readFileSync(new URL('../../prisma/corpus/003_873c7288c056fb25.txt', import.meta.url), 'utf8');
const article = parseArticle(raw);

describe('corpus 003: date line then body, outlet named only in the text', () => {
  it('has no title: the first body sentence is not promoted', () => {
    expect(article.title).toBeNull();
    expect(article.authors).toEqual([]);
  });

  it('reads the ISO date and the spelled-out date with time and offset as one minute', () => {
    expect(article.published).toEqual({
      iso: '2024-04-08T16:25:00Z',
      precision: 'minute',
      tzOffsetMinutes: 240,
      text: '2024-04-08 8 April 2024 20:25 (UTC+04:00)',
    });
  });

  it('takes the outlet the expert spoke to as the publication', () => {
    expect(article.publication).toEqual({
      name: 'Azernews',
      abbreviation: null,
      provenance: 'text',
      evidence: 'Speaking to Azernews on the issue',
    });
  });

  it('explains what was missing or inferred', () => {
    expect(article.notes).toEqual([
      'No title stated',
      'No author stated',
      'Publication "Azernews" inferred from the text ("Speaking to Azernews on the issue"); verify',
    ]);
  });

  it('keeps the eleven paragraphs, quotes as written', () => {
    expect(article.removed).toEqual([]);
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs.every((p) => p.kind === 'text')).toBe(true);
    expect(article.paragraphs[0]?.text).toBe(
      'After gaining independence, the Central Asian states, which were part of the Soviet Union for many years, began to take steps to establish new relations in order to strengthen their economic, political, and military potential. In order for these steps to be sustainable and more effective, some close support was needed.',
    );
    expect(article.paragraphs.at(-1)?.text).toBe(
      'There are also facts such as Azerbaijan purchasing certain military products manufactured in Kazakhstan and Kazakhstan buying some products manufactured in Azerbaijan. This, in fact, leads to the presence and strategic level of Azerbaijan\'s military cooperation in the Central Asian region, as well as its cooperation in the field of defence industry. As we know, the strategic stage of cooperation in all fields is related to the existence and strengthening of cooperation in the military field. From this point of view, as post-Soviet countries, we know each other well. We have a common ancestry and religion. We also cooperate with these countries through certain organisations. In a nutshell, the deepening of cooperation with Central Asian countries is important for Azerbaijan,” the expert added.',
    );
    expect(article.yearsMentioned).toEqual([2020, 2024]);
  });
});
