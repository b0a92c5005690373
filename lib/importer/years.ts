import type { ParsedParagraph } from './types';

// Four-digit numbers in 1900–2100 not part of a longer number ("12,0001", "1.2005").
const YEAR = /(?<![\p{N}.,])(19\d\d|20\d\d|2100)(?![\p{N}]|[.,]\d)/gu;
// "by 2040", "until 2030", "Vision 2050", "the 2027–2030 programme": a target, not when it was written.
const AHEAD = /(?:\b(?:by|until|till|before|through|towards?|horizon|vision|strategy|agenda|plan(?:s|ned)?\s+for)\s+(?:the\s+(?:end\s+of\s+|year\s+)?)?|\b(?:by|until|till)\s+(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)$/iu;
const BEFORE = 40;

/**
 * Distinct years the body mentions as past or present, sorted: the era of an undated article is
 * estimated from them, so years it names as a target ("by 2040") are left out.
 */
export function yearsMentioned(paragraphs: ParsedParagraph[]): number[] {
  const years = new Set<number>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(YEAR)) {
      if (AHEAD.test(p.text.slice(Math.max(0, m.index - BEFORE), m.index))) continue;
      years.add(Number(m[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}
