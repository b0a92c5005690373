import { briefsFeedAlternates } from '@/lib/formats/seo/alternates';
import type { Metadata } from 'next';
import { BriefCard } from '@/components/briefs/reader/brief-card';
import { listPublishedBriefs } from '@/lib/briefs/reader-queries';

export const metadata: Metadata = {
  title: 'Briefs',
  description:
    'Editor-written analyses of security cooperation in Central Asia and the Caspian, before and after February 2022; every claim cites a source paragraph.',
  alternates: { canonical: '/briefs', types: briefsFeedAlternates },
};

export default async function BriefsPage() {
  const briefs = await listPublishedBriefs();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Briefs</h1>
      <p className="mt-2 text-muted">
        Analyses written by the editors. Every claim cites the paragraph of a source article that supports it, and every
        published revision stays readable at its own address.
      </p>
      <section aria-label="Published briefs" className="mt-6">
        {briefs.length > 0 ? (
          briefs.map((b) => <BriefCard key={b.slug} brief={b} />)
        ) : (
          <p className="py-8 text-muted">No brief has been published yet.</p>
        )}
      </section>
    </div>
  );
}
