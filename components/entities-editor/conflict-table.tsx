import type { Conflict } from '@/lib/platform/result';

/**
 * A save refused because someone saved first: their version beside what this editor typed, field
 * by field, so either can be kept. The form below still holds what was typed.
 */
export function ConflictTable({ conflict, mine, labels }: { conflict: Conflict; mine: Record<string, string>; labels: Record<string, string> }) {
  const rows = Object.entries(labels).filter(([key]) => (conflict.theirs[key] ?? '') !== (mine[key] ?? ''));
  return (
    <section aria-labelledby="conflict-heading" className="space-y-2 rounded border-2 border-csto/60 bg-csto-soft/40 p-3 text-sm">
      <h3 id="conflict-heading" className="font-semibold">
        Someone else saved this first
      </h3>
      <p>Their version is saved; yours is still in the form. Change the form to keep what is right from both, then save again.</p>
      {rows.length > 0 ? (
        <table className="w-full text-left">
          <thead>
            <tr>
              <th className="pr-3 font-medium">Field</th>
              <th className="pr-3 font-medium">Theirs (saved)</th>
              <th className="font-medium">Yours (not saved)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, label]) => (
              <tr key={key} className="align-top">
                <th scope="row" className="pr-3 font-normal text-muted">
                  {label}
                </th>
                <td className="pr-3 break-words">{conflict.theirs[key] || '—'}</td>
                <td className="break-words">{mine[key] || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The fields you see are the same in both; saving again keeps them.</p>
      )}
    </section>
  );
}
