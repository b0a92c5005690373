import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedEntities } from '@/lib/entities/seed';
import { parseArticle } from '@/lib/importer';
import { gold, locateGold } from './index';

const paragraphsOf = (file: string): string[] =>
  parseArticle(readFileSync(new URL(`../../../prisma/corpus/${file}`, import.meta.url), 'utf8')).paragraphs.map((p) => p.text);

const keys = new Set(seedEntities.map((entity) => entity.key));
const WORD = /[\p{L}\p{N}]/u;

describe('gold mentions', () => {
  it('cover the five corpus articles', () => {
    expect(Object.keys(gold).sort()).toEqual([
      '000_b73d75862cb2eed9.txt',
      '001_8744416162cce3f1.txt',
      '002_bfca926db83a5ef9.txt',
      '003_873c7288c056fb25.txt',
      '004_0c0f666a292d9ff0.txt',
    ]);
  });

  for (const [file, mentions] of Object.entries(gold)) {
    describe(file, () => {
      const paragraphs = paragraphsOf(file);

      it('find each surface in its paragraph, in order', () => {
        expect(() => locateGold(mentions, paragraphs)).not.toThrow();
      });

      it('take whole words, without a possessive', () => {
        for (const mention of locateGold(mentions, paragraphs)) {
          const text = paragraphs[mention.paragraph - 1] ?? '';
          const before = text.charAt(mention.start - 1);
          const after = text.charAt(mention.start + mention.surface.length);
          const label = `¶${mention.paragraph} "${mention.surface}"`;
          expect(WORD.test(before), label).toBe(false);
          expect(WORD.test(after), label).toBe(false);
          expect(mention.surface, label).not.toMatch(/['’]s$/u);
        }
      });

      it('name seeded entities', () => {
        for (const mention of mentions) expect(keys.has(mention.entity), mention.entity).toBe(true);
      });
    });
  }
});
