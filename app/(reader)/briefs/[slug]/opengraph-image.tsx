import { isValidSlug } from '@/lib/articles/slug-param';
import { getPublishedBrief } from '@/lib/briefs/reader-queries';
import { OG_ALT, OG_CONTENT_TYPE, OG_SIZE, imageNotFound, renderCard } from '@/lib/formats/og/card';
import { briefFigure } from '@/lib/formats/og/figures';

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on first request, then kept in the page cache until a tag of what it shows expires (lib/platform/cache/).
export const dynamic = 'force-static';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const found = isValidSlug(slug) ? await getPublishedBrief(slug) : null;
  if (found?.kind !== 'found') return imageNotFound();
  const { value } = found;
  // A brief draws on articles of either era: show each era its citations come from.
  const eras = value.citedEras.filter((e) => e.articles > 0).map((e) => e.era);
  return renderCard({
    kind: 'Brief',
    title: value.revision.title,
    eras: eras.length > 0 ? eras : ['UNKNOWN'],
    revision: value.revision.number,
    figure: briefFigure(value.citedEras),
  });
}
