import type { Metadata } from 'next';
import { EntityView, entityMetadata } from './entity-view';

// Rendered on first request, then served from the page cache until the entity's tag expires.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[type]/[slug]'>): Promise<Metadata> {
  const { type, slug } = await params;
  return entityMetadata({ segment: type, slug });
}

export default async function EntityPage({ params }: PageProps<'/[type]/[slug]'>) {
  const { type, slug } = await params;
  return <EntityView address={{ segment: type, slug }} />;
}
