import type { Comparison, Denominated, EraFigures } from '@/lib/compare/types';
import { countOf, nounFor } from '@/lib/formats/text/plural';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "45% (17 of 38)": a share is never shown without what it is a share of. */
function shareWithBase(share: number | null, basis: Denominated | undefined): string | null {
  if (share === null) return null;
  return basis ? `${pct(share)} (${basis.count} of ${basis.of})` : pct(share);
}

function russiaSentence(csto: EraFigures, post: EraFigures): string {
  const before = shareWithBase(csto.shareWithoutRussia, csto.withoutRussia);
  const after = shareWithBase(post.shareWithoutRussia, post.withoutRussia);
  const silent = (csto.withoutRussia?.notStated ?? 0) + (post.withoutRussia?.notStated ?? 0);
  const rest = silent > 0 ? ` The sources of ${countOf(silent, 'more exercise')} do not say, and are not counted as either.` : '';
  if (after && before) {
    return `After 24 February 2022, ${after} of the exercises whose sources say whether Russia took part went ahead without it; in the CSTO era, ${before}.${rest}`;
  }
  if (after) return `After 24 February 2022, ${after} of the exercises whose sources say whether Russia took part went ahead without it; no CSTO-era source says.${rest}`;
  if (before) return `In the CSTO era, ${before} of the exercises whose sources say whether Russia took part went ahead without it; no post-2022 source says.${rest}`;
  return 'No source of these exercises says whether Russia took part.';
}

/**
 * The answer /compare opens with: one or two sentences a reader can quote, each figure with its
 * denominator, built from the same figures as the table below so the two cannot disagree.
 */
export function answerSentences(comparison: Comparison): string[] {
  const csto = comparison.byEra.CSTO_ERA.figures;
  const post = comparison.byEra.POST_2022.figures;
  if (csto.exercises + post.exercises === 0) return ['No dated exercise matches this view.'];
  const counts =
    `${countOf(csto.exercises, 'exercise')} in the CSTO era, ${countOf(post.exercises, 'exercise')} after it: ` +
    `${countOf(comparison.pairsAppeared.length, 'pair')} of countries drilled together for the first time after February 2022, ` +
    `and ${countOf(comparison.pairsVanished.length, 'pair')} that had before ${nounFor(comparison.pairsVanished.length, 'was', 'were')} not seen again.`;
  return [russiaSentence(csto, post), counts];
}

export interface HeadlineFigure {
  label: string;
  before: string;
  after: string;
  /** What the figures rest on, e.g. "of 41 and 38 exercises whose sources say". */
  base: string;
}

/** The two or three figures shown large beside the answer, CSTO era and post-2022. */
export function headlineFigures(comparison: Comparison): HeadlineFigure[] {
  const csto = comparison.byEra.CSTO_ERA.figures;
  const post = comparison.byEra.POST_2022.figures;
  const figures: HeadlineFigure[] = [
    { label: 'Exercises', before: String(csto.exercises), after: String(post.exercises), base: 'dated exercises in the record' },
  ];
  if (csto.withoutRussia && post.withoutRussia) {
    figures.push({
      label: 'Without Russia',
      before: csto.shareWithoutRussia === null ? 'not stated' : pct(csto.shareWithoutRussia),
      after: post.shareWithoutRussia === null ? 'not stated' : pct(post.shareWithoutRussia),
      base: `of ${csto.withoutRussia.of} and ${post.withoutRussia.of} exercises whose sources say`,
    });
  }
  figures.push({ label: 'Partner pairs', before: String(csto.pairs), after: String(post.pairs), base: 'distinct pairs of countries that drilled together' });
  return figures;
}
