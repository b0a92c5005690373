import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ComparePage } from '@/components/compare/compare-page';
import { compareTexts } from '@/components/compare/compare-texts';
import { compareHref, parseCompareParams } from '@/lib/compare/params';
import { resolveCountry } from '@/lib/entities/queries';
import { isValidSlug } from '@/lib/articles/slug-param';

type Props = PageProps<'/compare/[country]/[other]'>;

async function resolve({ params, searchParams }: Props) {
  const [{ country, other }, query] = await Promise.all([params, searchParams]);
  const [a, b] = await Promise.all([country, other].map((c) => (isValidSlug(c) ? resolveCountry(c) : null)));
  if (!a || !b || a.slug === b.slug) return null;
  const names = [a, b].sort((x, y) => x.slug.localeCompare(y.slug)).map((c) => c.name);
  return { requested: `${country}/${other}`, names, filter: parseCompareParams(query, [a.slug, b.slug]) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props);
  if (!found) return { title: 'Not found' };
  return { title: compareTexts(found.names).title, alternates: { canonical: compareHref(found.filter) } };
}

export default async function ComparePairPage(props: Props) {
  const found = await resolve(props);
  if (!found) notFound();
  const [a, b] = found.filter.countries;
  // One address per pair: /compare/azerbaijan/kazakhstan, whatever order or name was typed.
  if (`${a}/${b}` !== found.requested) permanentRedirect(compareHref(found.filter));
  const { heading, intro } = compareTexts(found.names);
  return <ComparePage filter={found.filter} heading={heading} intro={intro} />;
}
