import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedEntities } from '@/lib/entities/seed';
import { taggerNamesFromSeed } from '@/lib/entities/seed/tagger-names';
import { parseArticle } from '@/lib/importer';
import { compileGazetteer, tagArticle } from '@/lib/tagging';
import { gold, locateGold } from './index';

// A found mention matches a gold one when paragraph, start offset and entity agree.
const id = (file: string, paragraph: number, start: number, entity: string): string => `${file} ¶${paragraph} @${start} ${entity}`;

function measure() {
  const gazetteer = compileGazetteer(taggerNamesFromSeed(seedEntities));
  const expected = new Map<string, string>();
  const found = new Map<string, string>();
  for (const [file, mentions] of Object.entries(gold)) {
    const raw = readFileSync(new URL(`../../../prisma/corpus/${file}`, import.meta.url), 'utf8');
    const paragraphs = parseArticle(raw).paragraphs.map((p) => p.text);
    for (const m of locateGold(mentions, paragraphs)) expected.set(id(file, m.paragraph, m.start, m.entity), m.surface);
    const result = tagArticle(
      gazetteer,
      paragraphs.map((text, index) => ({ id: index + 1, text })),
    );
    for (const m of result.mentions) found.set(id(file, m.paragraphId, m.start, m.entityKey), m.surface);
  }
  const missed = [...expected].filter(([key]) => !found.has(key));
  const spurious = [...found].filter(([key]) => !expected.has(key));
  const correct = found.size - spurious.length;
  return {
    precision: found.size === 0 ? 0 : correct / found.size,
    recall: expected.size === 0 ? 0 : correct / expected.size,
    expected: expected.size,
    found: found.size,
    missed,
    spurious,
  };
}

describe('tagger against the gold mentions, with the seed gazetteer', () => {
  const result = measure();

  it('reaches precision ≥ 0.95 and recall ≥ 0.90', () => {
    const show = (list: [string, string][]) => list.map(([key, surface]) => `  ${key} "${surface}"`).join('\n');
    console.log(
      `tagger vs gold: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `(${result.found} found, ${result.expected} expected)\n` +
        `missed:\n${show(result.missed)}\nspurious:\n${show(result.spurious)}`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
