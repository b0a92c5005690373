import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { Pagination } from '@/components/ui/pagination';
import { requirePageUser } from '@/lib/platform/auth/session';
import { ENTITY_TYPES, TYPE_LABELS } from '@/lib/entities/paths';
import { EDITOR_PAGE_SIZE } from '@/lib/knowledge-base/list';
import { getEditorEntityList } from '@/lib/knowledge-base/queries';

export const metadata: Metadata = { title: 'Knowledge base', robots: { index: false } };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const params = z.object({
  q: z.preprocess(first, z.string().max(200)).catch(''),
  type: z.preprocess(first, z.enum(ENTITY_TYPES as [string, ...string[]]).nullable()).catch(null),
  proposals: z.preprocess(first, z.literal('1').optional()).catch(undefined),
  status: z.preprocess(first, z.enum(['active', 'retired', 'all'])).catch('active'),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

const input = 'mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-ink';

export default async function EntitiesEditorPage({ searchParams }: PageProps<'/editor/entities'>) {
  await requirePageUser('/editor/entities', 'EDITOR');
  const p = params.parse(await searchParams);
  const type = p.type ? ENTITY_TYPES.find((t) => t === p.type) ?? null : null;
  const { items, total } = await getEditorEntityList({ q: p.q, type, hasProposals: p.proposals === '1', status: p.status, page: p.page });
  const query = (page: number) => {
    const s = new URLSearchParams();
    if (p.q) s.set('q', p.q);
    if (type) s.set('type', type);
    if (p.proposals) s.set('proposals', '1');
    if (p.status !== 'active') s.set('status', p.status);
    if (page > 1) s.set('page', String(page));
    const qs = s.toString();
    return `/editor/entities${qs ? `?${qs}` : ''}`;
  };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="font-serif text-3xl font-semibold">Knowledge base</h1>
          <p className="text-muted">Countries, organizations, exercises, people, places and events: their names, addresses and sourced facts.</p>
        </div>
        <Link href="/editor/entities/new" className="rounded border border-accent px-3 py-2 font-medium">
          New entity
        </Link>
      </header>
      <form role="search" aria-label="Find entities" className="grid gap-3 rounded border border-rule p-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            Name in any form
          </label>
          <input id="q" name="q" type="search" defaultValue={p.q} placeholder="Казахстан, CSTO, unity-2024…" className={input} />
        </div>
        <div>
          <label htmlFor="type" className="text-sm font-medium">
            Type
          </label>
          <select id="type" name="type" defaultValue={type ?? ''} className={input}>
            <option value="">Any type</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t].one}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={p.status} className={input}>
            <option value="active">In use</option>
            <option value="retired">Retired</option>
            <option value="all">All</option>
          </select>
        </div>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="proposals" value="1" defaultChecked={p.proposals === '1'} /> Has proposals
          </label>
          <button type="submit" className="rounded border border-rule px-3 py-2 hover:border-accent">
            Find
          </button>
        </div>
      </form>
      <p role="status" className="text-sm text-muted">
        {total.toLocaleString('en')} entit{total === 1 ? 'y' : 'ies'}
        {total > EDITOR_PAGE_SIZE ? `, ${EDITOR_PAGE_SIZE} a page` : ''}.
      </p>
      {items.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-rule text-muted">
              <tr>
                <th className="py-2 pr-3 font-medium">Name</th>
                <th className="py-2 pr-3 font-medium">Type</th>
                <th className="py-2 pr-3 text-right font-medium">Names</th>
                <th className="py-2 pr-3 text-right font-medium">Facts</th>
                <th className="py-2 text-right font-medium">Proposed mentions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} className="border-b border-rule/60">
                  <td className="py-2 pr-3">
                    <Link href={`/editor/entities/${e.id}`}>{e.name}</Link>
                    {e.retired ? <span className="ml-2 rounded bg-csto-soft px-1 text-xs text-csto">retired</span> : null}
                    <div className="font-mono text-xs text-muted">{e.slug}</div>
                  </td>
                  <td className="py-2 pr-3">
                    {TYPE_LABELS[e.type].one}
                    {e.subtype ? <span className="text-muted"> · {e.subtype}</span> : null}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{e.names}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{e.facts}</td>
                  <td className="py-2 text-right tabular-nums">{e.proposals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No entity matches. Try another form of the name, or create it.</p>
      )}
      <Pagination page={p.page} pageCount={Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE))} hrefFor={query} labels={{ previous: '← Previous', next: 'Next →' }} />
    </div>
  );
}
