import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ComparePage } from '@/components/compare/compare-page';
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
  return { title: `Compare the eras: ${found.name}`, alternates: { canonical: compareHref(filter) } };
}

export default async function CompareCountryPage(props: Props) {
  const { found, requested, filter } = await resolve(props);
  if (!found || !filter) notFound();
  if (found.slug !== requested) permanentRedirect(compareHref(filter));
  const { name } = found;
  return (
    <ComparePage
      filter={filter}
      heading={`${name}: cooperation before and after February 2022`}
      intro={<p>The exercises {name} drilled in, and with whom, in each era.</p>}
    />
  );
}
