import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ComparePage } from '@/components/compare/compare-page';
import { compareTexts } from '@/components/compare/compare-texts';
import { compareHref } from '@/lib/compare/params';
import { resolveCountriesCached } from '@/lib/compare/queries';
import { compareViewOf } from '@/lib/compare/view-path';

// Every canonical /compare address is served from here (proxy.ts, lib/compare/view-path.ts), so
// each view is rendered once and kept in the page cache until a fact or entity it read changes.
export function generateStaticParams(): { view: string }[] {
  return [];
}

type Props = PageProps<'/compare-view/[view]'>;

async function resolve({ params }: Props) {
  const view = compareViewOf((await params).view);
  if (!view) return null;
  const found = await resolveCountriesCached(JSON.stringify(view.inPath));
  const countries = found.flatMap((c) => (c ? [c] : []));
  if (countries.length !== view.inPath.length) return null;
  return { ...view, countries };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props);
  if (!found) return { title: 'Not found' };
  return { title: compareTexts(found.countries.map((c) => c.name)).title, alternates: { canonical: compareHref(found.filter) } };
}

export default async function CompareViewPage(props: Props) {
  const found = await resolve(props);
  if (!found) notFound();
  const { filter, inPath, countries } = found;
  // A slug that is a country's former or other name (turkiye) answers with the country's address.
  if (countries.some((c, i) => c.slug !== inPath[i])) {
    permanentRedirect(compareHref({ ...filter, countries: [...new Set([...countries.map((c) => c.slug), ...filter.countries.filter((s) => !inPath.includes(s))])].sort() }));
  }
  const { heading, intro } = compareTexts(countries.map((c) => c.name));
  return <ComparePage filter={filter} heading={heading} intro={intro} />;
}
