import type { Metadata } from 'next';
import Link from 'next/link';
import { EntityFieldsForm } from '@/components/entities-editor/entity-fields-form';
import { requirePageUser } from '@/lib/platform/auth/session';
import { ENTITY_TYPES, TYPE_LABELS } from '@/lib/entities/paths';

export const metadata: Metadata = { title: 'New entity', robots: { index: false } };

export default async function NewEntityPage() {
  await requirePageUser('/editor/entities/new', 'EDITOR');
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/entities">Knowledge base</Link>
      </nav>
      <h1 className="font-serif text-3xl font-semibold">New entity</h1>
      <EntityFieldsForm mode="create" initial={{ type: 'EXERCISE', lang: 'en' }} types={ENTITY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t].one }))} />
    </div>
  );
}
