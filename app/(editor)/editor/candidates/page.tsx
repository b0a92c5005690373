import type { Metadata } from 'next';
import { z } from 'zod';
import { CandidateGroups } from '@/components/curation/candidate-groups';
import { Pagination } from '@/components/ui/pagination';
import { hasRole } from '@/lib/platform/auth/roles';
import { requirePageUser } from '@/lib/platform/auth/session';
import { getCandidateGroups } from '@/lib/curation/queries';

export const metadata: Metadata = { title: 'Candidate names', robots: { index: false } };

const pageParam = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000)).catch(1);

export default async function CandidateNamesPage({ searchParams }: PageProps<'/editor/candidates'>) {
  const user = await requirePageUser('/editor/candidates');
  const { page: raw } = await searchParams;
  const list = await getCandidateGroups(pageParam.parse(raw));
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">Candidate names</h1>
        <p className="text-muted">
          Names the articles use that the knowledge base lacks ({list.total}), each once however many articles name it: those named by
          the most articles first, then the most recently named. The type offered is the one with the most evidence; open “Why” to
          see it. Accepting a name creates the entity and tags every article that names it.
        </p>
      </header>
      <CandidateGroups groups={list.groups} canDecide={hasRole(user.role, 'EDITOR')} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/editor/candidates${p > 1 ? `?page=${p}` : ''}`} labels={{ previous: '← Previous', next: 'Next →' }} />
    </div>
  );
}
