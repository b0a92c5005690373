import type { BriefHtml } from '@/lib/briefs/reader-queries';
import { briefContents } from './contents';

/** The brief's sections, linked by their heading ids; shown only when there are two or more. */
export function TableOfContents({ html }: { html: BriefHtml }) {
  const entries = briefContents(html);
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="contents-heading" className="mt-6 rounded border border-rule px-4 py-3 font-sans text-sm" data-print="hide">
      <h2 id="contents-heading" className="text-xs font-semibold uppercase tracking-wide text-muted">
        Contents
      </h2>
      <ol className="mt-2 space-y-1">
        {entries.map((e) => (
          <li key={e.id} className={e.level === 3 ? 'pl-4' : undefined}>
            <a href={`#${e.id}`} className="inline-block py-0.5">
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
