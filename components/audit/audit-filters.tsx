import Link from 'next/link';
import type { AuditFilterOptions } from '@/lib/platform/audit/queries';

export interface AuditFilterValues {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

const control = 'mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm text-ink sm:w-auto';

/** A plain GET form: it works without JavaScript and every filtered view is a URL to share. */
export function AuditFilters({ values, options, systemValue }: { values: AuditFilterValues; options: AuditFilterOptions; systemValue: string }) {
  const filtered = Object.values(values).some(Boolean);
  return (
    <form method="get" action="/editor/audit" className="flex flex-wrap items-end gap-4 text-sm">
      <label className="block">
        <span className="text-muted">Who</span>
        <select name="actor" defaultValue={values.actor} className={control}>
          <option value="">Anyone</option>
          <option value={systemValue}>The system (start script)</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-muted">Action</span>
        <select name="action" defaultValue={values.action} className={control}>
          <option value="">Any action</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-muted">Target type</span>
        <select name="targetType" defaultValue={values.targetType} className={control}>
          <option value="">Any target</option>
          {options.targetTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {values.targetId ? <input type="hidden" name="targetId" value={values.targetId} /> : null}
      <label className="block">
        <span className="text-muted">From (UTC)</span>
        <input type="date" name="from" defaultValue={values.from} className={control} />
      </label>
      <label className="block">
        <span className="text-muted">To (UTC, inclusive)</span>
        <input type="date" name="to" defaultValue={values.to} className={control} />
      </label>
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-paper hover:opacity-90">
        Filter
      </button>
      {filtered ? <Link href="/editor/audit">Clear filters</Link> : null}
    </form>
  );
}
