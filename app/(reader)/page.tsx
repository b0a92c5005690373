import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/articles/article-card';
import { BriefCard } from '@/components/briefs/reader/brief-card';
import { LeadFigureCard } from '@/components/compare/lead-figure';
import { latestArticles } from '@/lib/articles/queries';
import { listPublishedBriefs } from '@/lib/briefs/reader-queries';
import { leadFigure } from '@/lib/compare/lead-figure';
import { briefsFeedAlternates } from '@/lib/formats/seo/alternates';

// The share image is app/(reader)/opengraph-image.tsx; feeds are advertised for readers' tools.
export const metadata: Metadata = {
  alternates: { canonical: '/', types: briefsFeedAlternates },
  openGraph: { type: 'website', url: '/', siteName: 'Caspian Briefings' },
};

export default async function HomePage() {
  const [articles, briefs, figure] = await Promise.all([latestArticles(8), listPublishedBriefs(), leadFigure()]);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          Who drilled with whom around the Caspian, before and after February 2022
        </h1>
        <p className="mt-4 text-lg text-muted">
          Source reporting on security cooperation in Central Asia and the Caspian, attributed and readable
          paragraph by paragraph, so that every claim can be linked to exactly.
        </p>
      </section>
      <LeadFigureCard figure={figure} />
      {briefs.length > 0 ? (
        <section aria-labelledby="briefs-heading">
          <div className="flex items-baseline justify-between border-b border-rule pb-2">
            <h2 id="briefs-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
              Latest briefs
            </h2>
            <Link href="/briefs" className="text-sm">
              All briefs →
            </Link>
          </div>
          {briefs.slice(0, 3).map((b) => (
            <BriefCard key={b.slug} brief={b} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="latest-heading">
        <div className="flex items-baseline justify-between border-b border-rule pb-2">
          <h2 id="latest-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Latest articles
          </h2>
          <Link href="/articles" className="text-sm">
            All articles →
          </Link>
        </div>
        {articles.length > 0 ? (
          articles.map((a) => <ArticleCard key={a.slug} article={a} />)
        ) : (
          <p className="py-6 text-muted">No articles have been imported yet.</p>
        )}
      </section>
    </div>
  );
}
