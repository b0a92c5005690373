/** One hand-labelled mention: the exact text in the paragraph (without a possessive 's) and its entity. */
export interface GoldMention {
  paragraph: number;
  surface: string;
  entity: string;
}

/** Rows as [paragraph, surface, entity], in reading order, for compact gold files. */
export const rows = (list: readonly (readonly [number, string, string])[]): GoldMention[] =>
  list.map(([paragraph, surface, entity]) => ({ paragraph, surface, entity }));
