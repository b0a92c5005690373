import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntityTable } from '@/components/entities/entity-table';
import { TYPE_LABELS, TYPE_SEGMENTS, typeForSegment } from '@/lib/entities/paths';
import { listEntities } from '@/lib/entities/queries';

// Rendered on first request, then served from the page cache until one of its tags expires.
export function generateStaticParams(): { type: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[type]'>): Promise<Metadata> {
  const type = typeForSegment((await params).type);
  if (!type) return { title: 'Not found' };
  return { title: TYPE_LABELS[type].many, alternates: { canonical: `/${TYPE_SEGMENTS[type]}` } };
}

export default async function EntityTypePage({ params }: PageProps<'/[type]'>) {
  const type = typeForSegment((await params).type);
  if (!type) notFound();
  const entities = await listEntities(type);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/entities">Entities</Link>
      </nav>
      <h1 className="mb-6 font-serif text-3xl font-semibold">{TYPE_LABELS[type].many}</h1>
      {entities.length > 0 ? <EntityTable entities={entities} /> : <p className="text-muted">None yet.</p>}
    </div>
  );
}
