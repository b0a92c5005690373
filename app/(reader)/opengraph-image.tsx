import { leadFigure } from '@/lib/compare/lead-figure';
import { OG_CONTENT_TYPE, OG_SIZE, renderCard } from '@/lib/formats/og/card';
import { leadFigureBars } from '@/lib/formats/og/figures';
import { SITE_NAME } from '@/lib/formats/seo/site';

export const alt = `${SITE_NAME}: who drilled with whom around the Caspian, and the share of exercises without Russia in each era`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on first request, then kept in the page cache until a tag of what it shows expires (lib/platform/cache/).
export const dynamic = 'force-static';

/** The home page's card (and that of reader pages without their own): the portal's question and its lead figure. */
export default async function Image() {
  const figure = await leadFigure();
  return renderCard({
    kind: 'Briefings',
    title: 'Who drilled with whom around the Caspian, before and after February 2022',
    eras: ['CSTO_ERA', 'POST_2022'],
    figure: leadFigureBars(figure.eras),
  });
}
