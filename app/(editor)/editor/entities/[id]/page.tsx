import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddressForms } from '@/components/entities-editor/address-forms';
import { EntityChoices } from '@/components/entities-editor/entity-choices';
import { EntityFieldsForm } from '@/components/entities-editor/entity-fields-form';
import { FactsSection } from '@/components/entities-editor/facts-section';
import { NamesSection } from '@/components/entities-editor/names-section';
import { RetagProgress } from '@/components/entities-editor/retag-progress';
import { requirePageUser } from '@/lib/platform/auth/session';
import { entityHref, TYPE_LABELS } from '@/lib/entities/paths';
import { getEditorEntity } from '@/lib/knowledge-base/queries';
import { rowId } from '@/lib/summaries/schema';

const DONE: Record<string, string> = {
  created: 'Created. Add its names and facts below.',
  saved: 'Saved.',
  slug: 'Address changed; the old one redirects here.',
  merged: 'Merged: the duplicate’s names, facts, mentions and addresses are now this entity’s.',
  retired: 'Retired: it has left lists and search, and its page says so.',
  restored: 'Restored.',
  'fact-added': 'Fact added.',
  'fact-corrected': 'Fact corrected; the earlier version is in its history.',
  'fact-retracted': 'Fact retracted; it stays in the history.',
};

async function load(id: string) {
  return rowId.safeParse(id).success ? getEditorEntity(id) : null;
}

export async function generateMetadata({ params }: PageProps<'/editor/entities/[id]'>): Promise<Metadata> {
  const entity = await load((await params).id);
  return { title: entity ? `Edit ${entity.values.name}` : 'Not found', robots: { index: false } };
}

export default async function EntityEditorPage({ params, searchParams }: PageProps<'/editor/entities/[id]'>) {
  const { id } = await params;
  await requirePageUser(`/editor/entities/${id}`, 'EDITOR');
  const [entity, query] = await Promise.all([load(id), searchParams]);
  if (!entity) notFound();
  const done = typeof query.done === 'string' ? DONE[query.done] : undefined;
  const href = entityHref(entity.type, entity.slug);
  const listId = 'entity-choices';
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/editor/entities">Knowledge base</Link>
      </nav>
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">{entity.values.name}</h1>
        <p className="text-muted">
          {TYPE_LABELS[entity.type].one} · <Link href={href}>{href}</Link>
          {entity.oldSlugs.length > 0 ? ` · also reached at ${entity.oldSlugs.join(', ')}` : ''}
        </p>
        {entity.retired ? (
          <p className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
            Retired {entity.retired.at.slice(0, 10)}{entity.retired.reason ? `: ${entity.retired.reason}` : ''}.
          </p>
        ) : null}
        {done ? (
          <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
            {done}
          </p>
        ) : null}
        <RetagProgress key={entity.retag?.id ?? 'none'} entityId={entity.id} initial={entity.retag} />
      </header>
      <EntityChoices id={listId} />
      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="font-serif text-xl font-semibold">
          Details
        </h2>
        <EntityFieldsForm key={entity.version} mode="update" entityId={entity.id} version={entity.version} initial={{ ...entity.values }} />
      </section>
      <section aria-labelledby="names-heading" className="space-y-3">
        <h2 id="names-heading" className="font-serif text-xl font-semibold">
          Names
        </h2>
        <NamesSection entityId={entity.id} names={entity.names} />
      </section>
      <section id="facts" aria-labelledby="facts-heading" className="space-y-3">
        <h2 id="facts-heading" className="font-serif text-xl font-semibold">
          Facts
        </h2>
        <FactsSection entity={entity} listId={listId} />
      </section>
      <section aria-labelledby="address-heading" className="space-y-3">
        <h2 id="address-heading" className="font-serif text-xl font-semibold">
          Address, duplicates and retirement
        </h2>
        <AddressForms key={entity.version} entityId={entity.id} version={entity.version} slug={entity.slug} href={href} retired={entity.retired !== null} />
      </section>
    </div>
  );
}
