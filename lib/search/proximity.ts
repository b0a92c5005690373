/**
 * How close two words must stand to count as said together: "ministry of defence" puts its words
 * two positions apart (the stop word keeps its place), "Kazakhstan's defence ministry" one to two.
 */
export const NEAR_POSITIONS = 3;

/** Two parts of the query that stand next to each other in it, by their indexes among all the parts. */
export interface NearPair {
  a: number;
  b: number;
  /** tsquery text: the two within NEAR_POSITIONS of each other, in either order. */
  tsquery: string;
}

/**
 * The pairs of neighbouring parts with words (a part of stop words only, '', is skipped over), each
 * as a tsquery that a document matches when it has the two close together in one field: a text
 * that names "the Ministry of Defense of Kazakhstan" answers "defense ministry Kazakhstan" better
 * than one with the same words scattered across unrelated sentences.
 */
export function nearPairs(parts: readonly string[]): NearPair[] {
  const present = parts.flatMap((text, i) => (text.trim() === '' ? [] : [{ text, i }]));
  const pairs: NearPair[] = [];
  for (let k = 1; k < present.length; k++) {
    const first = present[k - 1];
    const second = present[k];
    if (!first || !second) continue;
    const near: string[] = [];
    for (let d = 1; d <= NEAR_POSITIONS; d++) {
      near.push(`( ${first.text} ) <${d}> ( ${second.text} )`, `( ${second.text} ) <${d}> ( ${first.text} )`);
    }
    pairs.push({ a: first.i, b: second.i, tsquery: near.map((q) => `( ${q} )`).join(' | ') });
  }
  return pairs;
}
