import type { Metadata } from 'next';
import { z } from 'zod';
import { CurationList } from '@/components/curation/curation-list';
import { Pagination } from '@/components/ui/pagination';
import { requirePageUser } from '@/lib/platform/auth/session';
import { getCurationList } from '@/lib/curation/queries';

export const metadata: Metadata = { title: 'Articles to curate', robots: { index: false } };

const pageParam = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000)).catch(1);

export default async function CurationListPage({ searchParams }: PageProps<'/editor/articles'>) {
  await requirePageUser('/editor/articles');
  const { page: raw } = await searchParams;
  const list = await getCurationList(pageParam.parse(raw));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">Articles</h1>
        <p className="text-muted">
          Articles missing the most metadata come first, then those with the most names waiting for a decision. Open one to supply
          metadata, review its mentions and candidate entities, and write its summary.
        </p>
      </header>
      <CurationList items={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/editor/articles${p > 1 ? `?page=${p}` : ''}`} labels={{ previous: '← Previous', next: 'Next →' }} />
    </div>
  );
}
