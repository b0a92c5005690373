import { getArticle } from '@/lib/articles/queries';
import { isValidSlug } from '@/lib/articles/slug-param';
import { articlePlainTitle } from '@/components/articles/article-title';
import { OG_ALT, OG_CONTENT_TYPE, OG_SIZE, imageNotFound, renderCard } from '@/lib/formats/og/card';
import { articleFigure } from '@/lib/formats/og/figures';

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn on first request, then kept in the page cache until a tag of what it shows expires (lib/platform/cache/).
export const dynamic = 'force-static';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) return imageNotFound();
  return renderCard({
    kind: 'Article',
    title: articlePlainTitle(article),
    eras: [article.era],
    figure: articleFigure(article.paragraphs, article.era),
  });
}
