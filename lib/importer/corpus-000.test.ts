import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';

const raw = readFileSync(new URL('../../prisma/corpus/000_b73d75862cb2eed9.txt', import.meta.url), 'utf8');
const article = parseArticle(raw);

describe('corpus 000: headline, "Author:" label, US numeric date, no furniture', () => {
  it('takes the first line as the title', () => {
    expect(article.title).toBe('Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023');
  });

  it('reads the Author label', () => {
    expect(article.authors).toEqual(['Meray Ozat']);
  });

  it('reads 10/17/2023 as a day, midnight UTC, with no offset', () => {
    expect(article.published).toEqual({
      iso: '2023-10-17T00:00:00Z',
      precision: 'day',
      tzOffsetMinutes: null,
      text: '10/17/2023',
    });
  });

  it('invents no publication or issue', () => {
    expect(article.publication).toBeNull();
    expect(article.issue).toBeNull();
    expect(article.notes).toEqual(['No publication stated']);
  });

  it('keeps the six paragraphs as text, exactly as written', () => {
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs.every((p) => p.kind === 'text')).toBe(true);
    expect(article.paragraphs[0]?.text).toBe(
      'Despite Russia’s recent efforts to retain its influence in the Eurasian heartland, some Caspian states are finding a way to bolster their military strength without the involvement of Moscow. In the wake of Russia\'s reported further military expansion into Georgia’s Abkhazia, Azerbaijan and Kazakhstan orchestrated a joint military exercise, "Khazri-2023," in Baku October 2 - 8. Serving as a platform for mutual military intelligence exchange, this joint military exercise marked a milestone in the military cooperation between Azerbaijan and Kazakhstan, while also contributing to the broader security dynamics within the Caspian region.',
    );
    expect(article.paragraphs.at(-1)?.text).toBe(
      'The Khazri-2023 tactical military training exercise, uniting Azerbaijan and Kazakhstan, marks a significant milestone in their military partnership, notably as the first such operation conducted independently of Russian involvement. With these promising developments and growing solidarity, it is anticipated that such exchanges will continue to expand. While these cooperative efforts represent a promising trend in further strengthening the military capabilities of the Caspian coastal nations, it\'s imperative for them to exercise caution in their activities to avert potential tensions with Russia and the attendant security concerns that could arise.',
    );
  });

  it('removes nothing and lists the years the body mentions', () => {
    expect(article.removed).toEqual([]);
    expect(article.yearsMentioned).toEqual([2015, 2023]);
  });
});
