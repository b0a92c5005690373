import type { Metadata } from 'next';
import Link from 'next/link';
import { EntityTable } from '@/components/entities/entity-table';
import { ENTITY_TYPES, TYPE_LABELS, TYPE_SEGMENTS } from '@/lib/entities/paths';
import { listEntities } from '@/lib/entities/queries';

export const metadata: Metadata = {
  title: 'Entities',
  description: 'Countries, organizations, military exercises, people, places and events named in the articles.',
  alternates: { canonical: '/entities' },
};

export default async function EntitiesPage() {
  const entities = await listEntities();
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Entities</h1>
      <p className="mt-2 text-muted">Everything the articles name, with sourced facts and every mention.</p>
      <nav aria-label="Entity types" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {ENTITY_TYPES.map((type) => (
            <li key={type}>
              <a href={`#${TYPE_SEGMENTS[type]}`} className="inline-block rounded-full border border-rule px-3 py-1 no-underline hover:border-accent">
                {TYPE_LABELS[type].many} <span className="text-muted">({entities.filter((e) => e.type === type).length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {ENTITY_TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type);
        return ofType.length > 0 ? (
          <section key={type} id={TYPE_SEGMENTS[type]} aria-labelledby={`${type}-heading`} className="mt-10 scroll-mt-20">
            <h2 id={`${type}-heading`} className="mb-2 flex items-baseline justify-between font-serif text-xl font-semibold">
              {TYPE_LABELS[type].many}
              <Link href={`/${TYPE_SEGMENTS[type]}`} className="font-sans text-sm font-normal">
                Only {TYPE_LABELS[type].many.toLowerCase()} →
              </Link>
            </h2>
            <EntityTable entities={ofType} />
          </section>
        ) : null;
      })}
    </div>
  );
}
