import type { ParsedParagraph } from './types';

// Four-digit numbers in 1900–2100 not part of a longer number ("12,0001", "1.2005").
const YEAR = /(?<![\p{N}.,])(19\d\d|20\d\d|2100)(?![\p{N}]|[.,]\d)/gu;

/** Distinct years the body mentions, sorted: the era of an undated article is estimated from them. */
export function yearsMentioned(paragraphs: ParsedParagraph[]): number[] {
  const years = new Set<number>();
  for (const p of paragraphs) for (const m of p.text.matchAll(YEAR)) years.add(Number(m[1]));
  return [...years].sort((a, b) => a - b);
}
