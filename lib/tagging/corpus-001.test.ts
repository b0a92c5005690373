import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from './test-helpers';

const raw = readFileSync(new URL('../../prisma/corpus/001_8744416162cce3f1.txt', import.meta.url), 'utf8');
const lines = raw.split('\n').filter((line) => line.trim() !== '');
const line = (start: string): string => {
  const found = lines.find((text) => text.startsWith(start));
  if (!found) throw new Error(`no line starting "${start}"`);
  return found;
};

const gazetteer = gazetteerOf(
  named('kazakhstan', 'Kazakhstan', { entityType: 'country' }),
  named('kazakhstan', 'Kazakh', { entityType: 'country' }),
  named('russia', 'Russia', { entityType: 'country' }),
  named('csto', 'CSTO'),
  named('csto', 'Collective Security Treaty Organization'),
  named('unity-2024', 'Unity-2024', { entityType: 'exercise' }),
  named('unity-2024', 'Бірлестік (Unity) - 2024', { entityType: 'exercise' }),
  named('unity-2024', 'Unity - 2024', { entityType: 'exercise' }),
  named('unity-2024', 'Birlestik-2024', { entityType: 'exercise' }),
  named('unity-2024', 'Unity', { entityType: 'exercise', contextWords: ['exercis', 'drill'] }),
  named('oymasha', 'Oymasha', { entityType: 'place' }),
);

const paragraphs = [
  line('On April 4, representatives'),
  line('Amid Russia'),
  line('The increased military collaboration'),
  line('The Unity-2024 tactical'),
  line('Ukrainian Fallout'),
];
const result = tag(gazetteer, ...paragraphs);

describe('corpus 001: a real article against a tiny gazetteer', () => {
  it('finds each name, with offsets that slice back to the surface', () => {
    for (const mention of result.mentions) {
      expect(paragraphs[mention.paragraphId]?.slice(mention.start, mention.end)).toBe(mention.surface);
    }
    expect(result.mentions.map((m) => [m.paragraphId, m.surface, m.entityKey])).toEqual([
      [0, 'Kazakhstan', 'kazakhstan'],
      [0, 'Бірлестік (Unity) - 2024', 'unity-2024'],
      [0, 'Oymasha', 'oymasha'],
      [0, 'Kazakhstan', 'kazakhstan'],
      [1, 'Russia', 'russia'],
      [1, 'Russia', 'russia'],
      [1, 'Collective Security Treaty Organization', 'csto'],
      [1, 'CSTO', 'csto'],
      [1, 'Kazakhstan', 'kazakhstan'],
      [1, 'Russia', 'russia'],
      [1, 'Russia', 'russia'],
      [2, 'Kazakhstan', 'kazakhstan'],
      [2, 'Kazakhstan', 'kazakhstan'],
      [2, 'Unity - 2024', 'unity-2024'],
      [3, 'Unity-2024', 'unity-2024'],
      [4, 'Kazakhstan', 'kazakhstan'],
      [4, 'Russia', 'russia'],
    ]);
  });

  it('gives the possessive-free surface ("Russia\'s", "Kazakhstan’s")', () => {
    const amid = paragraphs[1] ?? '';
    const first = result.mentions.find((m) => m.paragraphId === 1);
    expect(first && amid.slice(first.start, first.end + 2)).toBe("Russia's");
    const last = result.mentions.find((m) => m.paragraphId === 4);
    expect(last && paragraphs[4]?.slice(last.start, last.end + 2)).toBe('Kazakhstan’s');
  });

  it('does not take "increasing unity" for the exercise', () => {
    expect(result.mentions.filter((m) => m.paragraphId === 3)).toHaveLength(1);
  });

  it('proposes the bilateral exercises the gazetteer lacks', () => {
    expect(result.candidates.filter((c) => c.kind === 'exercise-name').map((c) => c.surface)).toEqual([
      'UZAZ-2023',
      'Kanzhar-2023',
      'Khazri-2023',
    ]);
    expect(result.candidates.map((c) => c.surface)).toEqual(
      expect.arrayContaining(['Cape Tokmak', 'Caspian Sea', 'United States']),
    );
  });
});
