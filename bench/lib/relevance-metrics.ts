/** Relevance of a ranked list against graded judgements: rank of the first relevant, DCG over the top ten. */
export interface Scored {
  /** 1-based rank of the first relevant result, or undefined when none is listed. */
  first: number | undefined;
  reciprocal: number;
  ndcg10: number;
}

const dcg = (gains: readonly number[]) => gains.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

/**
 * `grades` are the grades of the listed results in order (0 for not relevant); `ideal` every
 * judged grade of the query, the best order of which normalises the DCG.
 */
export function score(grades: readonly number[], ideal: readonly number[]): Scored {
  const index = grades.findIndex((g) => g > 0);
  const best = dcg([...ideal].sort((a, b) => b - a));
  return {
    first: index < 0 ? undefined : index + 1,
    reciprocal: index < 0 ? 0 : 1 / (index + 1),
    ndcg10: best > 0 ? Math.min(1, dcg(grades) / best) : 0,
  };
}
