import type { GoldMention } from './gold-mention';

export interface LocatedGoldMention extends GoldMention {
  /** UTF-16 offset of the surface in its paragraph. */
  start: number;
}

/**
 * Finds each gold surface in its paragraph, searching on from the previous mention of the same
 * paragraph so that repeated names get their own occurrences. Throws when a surface is missing or
 * out of order, which is what the gold test checks.
 */
export function locateGold(mentions: readonly GoldMention[], paragraphs: readonly string[]): LocatedGoldMention[] {
  const located: LocatedGoldMention[] = [];
  let paragraph = 0;
  let from = 0;
  for (const mention of mentions) {
    if (mention.paragraph < paragraph) throw new Error(`¶${mention.paragraph} "${mention.surface}" comes after ¶${paragraph}`);
    if (mention.paragraph !== paragraph) {
      paragraph = mention.paragraph;
      from = 0;
    }
    const text = paragraphs[mention.paragraph - 1];
    if (text === undefined) throw new Error(`no paragraph ${mention.paragraph} for "${mention.surface}"`);
    const start = text.indexOf(mention.surface, from);
    if (start < 0) throw new Error(`¶${mention.paragraph}: "${mention.surface}" not found after offset ${from}`);
    located.push({ ...mention, start });
    from = start + mention.surface.length;
  }
  return located;
}
