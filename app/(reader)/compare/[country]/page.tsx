import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ComparePage } from '@/components/compare/compare-page';
import { compareTexts } from '@/components/compare/compare-texts';
import { compareHref, parseCompareParams } from '@/lib/compare/params';
import { resolveCountry } from '@/lib/entities/queries';
import { isValidSlug } from '@/lib/articles/slug-param';

type Props = PageProps<'/compare/[country]'>;

async function resolve({ params, searchParams }: Props) {
  const [{ country }, query] = await Promise.all([params, searchParams]);
  const found = isValidSlug(country) ? await resolveCountry(country) : null;
  return { found, requested: country, filter: found ? parseCompareParams(query, [found.slug]) : null };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { found, filter } = await resolve(props);
  if (!found || !filter) return { title: 'Not found' };
  return { title: compareTexts([found.name]).title, alternates: { canonical: compareHref(filter) } };
}

export default async function CompareCountryPage(props: Props) {
  const { found, requested, filter } = await resolve(props);
  if (!found || !filter) notFound();
  if (found.slug !== requested) permanentRedirect(compareHref(filter));
  const { heading, intro } = compareTexts([found.name]);
  return <ComparePage filter={filter} heading={heading} intro={intro} />;
}
