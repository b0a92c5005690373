import type { Prisma } from '@/lib/generated/prisma/client';

type Json = Prisma.JsonValue;

export interface DiffRow {
  key: string;
  before?: Json;
  after?: Json;
}

function isRecord(v: Json | null | undefined): v is Prisma.JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The keys whose values differ between before and after (objects compared key by key). */
export function changedKeys(before: Json | null, after: Json | null): { changed: DiffRow[]; unchanged: DiffRow[] } {
  if (!isRecord(before) && !isRecord(after)) {
    const same = JSON.stringify(before) === JSON.stringify(after);
    const row: DiffRow = { key: 'value', before: before ?? undefined, after: after ?? undefined };
    return same ? { changed: [], unchanged: before === null ? [] : [row] } : { changed: [row], unchanged: [] };
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  const rows = keys.map((key) => ({ key, before: b[key], after: a[key] }));
  const same = (r: DiffRow) => JSON.stringify(r.before) === JSON.stringify(r.after);
  return { changed: rows.filter((r) => !same(r)), unchanged: rows.filter(same) };
}

function Value({ value }: { value: Json | undefined }) {
  if (value === undefined) return <span className="text-muted">—</span>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return <code className="whitespace-pre-wrap break-all font-mono text-xs">{text}</code>;
}

/** Before and after of an audit entry, changed keys first; unchanged ones folded away. */
export function JsonDiff({ before, after }: { before: Json | null; after: Json | null }) {
  const { changed, unchanged } = changedKeys(before, after);
  if (changed.length === 0 && unchanged.length === 0) return <span className="text-muted">No details recorded</span>;
  return (
    <div className="space-y-1">
      {changed.length > 0 ? (
        <table className="w-full table-fixed text-left text-xs">
          <thead className="text-muted">
            <tr>
              <th scope="col" className="w-48 pr-2 font-normal">Field</th>
              <th scope="col" className="pr-2 font-normal">Before</th>
              <th scope="col" className="font-normal">After</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((r) => (
              <tr key={r.key} className="align-top">
                <th scope="row" className="pr-2 font-mono font-normal [overflow-wrap:anywhere]">{r.key}</th>
                <td className="pr-2 text-csto">
                  <Value value={r.before} />
                </td>
                <td className="text-accent">
                  <Value value={r.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <span className="text-xs text-muted">No field changed</span>
      )}
      {unchanged.length > 0 ? (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted">{unchanged.length} unchanged</summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
            {unchanged.map((r) => (
              <div key={r.key} className="contents">
                <dt className="font-mono">{r.key}</dt>
                <dd>
                  <Value value={r.after} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
