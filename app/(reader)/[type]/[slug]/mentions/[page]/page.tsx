import type { Metadata } from 'next';
import { EntityView, entityMetadata } from '../../entity-view';

// `/places/aktau?page=2` is served from here (see proxy.ts), each page of mentions cached on its own.
export function generateStaticParams(): { page: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[type]/[slug]/mentions/[page]'>): Promise<Metadata> {
  const { type, slug, page } = await params;
  return entityMetadata({ segment: type, slug, page });
}

export default async function EntityMentionsPage({ params }: PageProps<'/[type]/[slug]/mentions/[page]'>) {
  const { type, slug, page } = await params;
  return <EntityView address={{ segment: type, slug, page }} />;
}
