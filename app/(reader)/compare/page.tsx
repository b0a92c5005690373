import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ComparePage } from '@/components/compare/compare-page';
import { compareTexts } from '@/components/compare/compare-texts';
import { compareHref, parseCompareParams } from '@/lib/compare/params';

export async function generateMetadata({ searchParams }: PageProps<'/compare'>): Promise<Metadata> {
  const filter = parseCompareParams(await searchParams);
  return {
    title: 'Compare the eras',
    description: 'Who drilled with whom around the Caspian before and after 24 February 2022, computed from sourced facts.',
    alternates: { canonical: compareHref(filter) },
  };
}

/** The query as received, in order, to tell whether it is already the canonical one. */
function receivedHref(raw: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : [value ?? '']) q.append(key, v);
  const query = q.toString();
  return query ? `/compare?${query}` : '/compare';
}

export default async function CompareIndexPage({ searchParams }: PageProps<'/compare'>) {
  const raw = await searchParams;
  const filter = parseCompareParams(raw);
  // The filter form sends empty fields too; answer with the view's one shareable address.
  if (receivedHref(raw) !== compareHref(filter)) redirect(compareHref(filter));
  // Canonical addresses are served from the cached view (proxy.ts); this page redirects the rest.
  const { heading, intro } = compareTexts([]);
  return <ComparePage filter={filter} heading={heading} intro={intro} />;
}
