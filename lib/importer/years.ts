import type { ParsedParagraph } from './types';

// Four-digit numbers in 1900–2100 not part of a longer number ("12,0001", "1.2005").
const YEAR = /(?<![\p{N}.,])(19\d\d|20\d\d|2100)(?![\p{N}]|[.,]\d)/gu;
// "by 2040", "until 2030", "Vision 2050", "plans for 2030": a target, not when it was written.
const TARGET_WORDS = new Set(['by', 'until', 'till', 'before', 'through', 'toward', 'towards', 'horizon', 'vision', 'strategy', 'agenda']);
const PLAN_WORDS = new Set(['plan', 'plans', 'planned']);
// "by the end of 2035", "until the year 2030": skipped to reach the word that decides.
const FILLER = new Set(['the', 'end', 'middle', 'start', 'beginning', 'of', 'year']);
const BEFORE = 40;

function isTarget(before: string): boolean {
  const words = before.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  let i = words.length - 1;
  while (i >= 0 && FILLER.has(words[i] ?? '')) i--;
  const word = words[i] ?? '';
  return TARGET_WORDS.has(word) || (word === 'for' && PLAN_WORDS.has(words[i - 1] ?? ''));
}

/**
 * Distinct years the body mentions as past or present, sorted: the era of an undated article is
 * estimated from them, so years it names as a target ("by 2040") are left out.
 */
export function yearsMentioned(paragraphs: ParsedParagraph[]): number[] {
  const years = new Set<number>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(YEAR)) {
      if (isTarget(p.text.slice(Math.max(0, m.index - BEFORE), m.index))) continue;
      years.add(Number(m[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}
