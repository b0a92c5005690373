import type { CurationConflict } from '@/lib/curation/metadata';

const ERA: Record<string, string> = { CSTO_ERA: 'CSTO era', POST_2022: 'Post-2022', UNKNOWN: 'Era unknown' };

/** What another editor saved meanwhile, beside the form that still holds this editor's values. */
export function TheirValues({ conflict }: { conflict: CurationConflict }) {
  const { theirs } = conflict;
  const at = new Date(conflict.savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const rows: [string, string | null][] = [
    ['Title', theirs.title],
    ['Authors', theirs.authors.length ? theirs.authors.join('; ') : null],
    ['Publication', theirs.source],
    ['Published', theirs.published],
    ['Era', theirs.era ? (ERA[theirs.era] ?? theirs.era) : null],
    ['Editor’s note', theirs.note],
  ];
  return (
    <section aria-labelledby="their-values" className="rounded border border-csto/40 p-3 text-sm">
      <h3 id="their-values" className="font-medium">
        Saved by someone else at {at} UTC
      </h3>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value ?? <span className="italic text-muted">as in the text</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
