import { leadFigure } from '@/lib/compare/lead-figure';
import { OG_CONTENT_TYPE, OG_SIZE, renderCard } from '@/lib/formats/og/card';
import { leadFigureBars } from '@/lib/formats/og/figures';

export const alt = 'Compare the eras: the share of exercises without Russia before and after 24 February 2022';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';

const pct = (share: number | null) => (share === null ? 'not stated' : `${Math.round(share * 100)}%`);

/** /compare's card shows its figures: the headline share of each era, its denominator in the caption. */
export default async function Image() {
  const { eras } = await leadFigure();
  const [csto, post] = eras;
  return renderCard({
    kind: 'Comparison',
    title: `Exercises without Russia: ${pct(csto?.share ?? null)} in the CSTO era, ${pct(post?.share ?? null)} after 24 February 2022`,
    eras: ['CSTO_ERA', 'POST_2022'],
    figure: leadFigureBars(eras),
  });
}
