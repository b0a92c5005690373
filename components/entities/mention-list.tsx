import type { MentionGroup } from '@/lib/entities/dto';
import { EraBadge } from '@/components/ui/era-badge';

/** Every mention in context, grouped by article, each linking to its paragraph's permalink. */
export function MentionList({ groups }: { groups: MentionGroup[] }) {
  if (groups.length === 0) return <p className="text-muted">No article mentions this yet.</p>;
  return (
    <div className="space-y-6">
      {groups.map((g) => (
        <section key={g.articleSlug} aria-label={`Mentions in ${g.articleTitle}`}>
          <h3 className="flex flex-wrap items-center gap-2 font-serif text-base font-semibold">
            {/* Plain anchors, as EntityLink: an entity's list of mentions runs long. */}
            <a href={`/articles/${g.articleSlug}`} className="text-ink no-underline hover:text-accent hover:underline">
              {g.articleTitle}
            </a>
            <EraBadge era={g.articleEra} />
          </h3>
          <ul className="mt-2 space-y-2">
            {g.mentions.map((m) => (
              <li key={m.id} className="text-sm leading-relaxed">
                {/* A full navigation, so the browser's :target highlights the paragraph. */}
                <a href={`/articles/${g.articleSlug}#p-${m.position}`} className="mr-2 text-xs text-muted no-underline hover:text-accent">
                  ¶{m.position}
                </a>
                <span className="font-serif">
                  {m.before}
                  <mark className="rounded-sm bg-highlight px-0.5 text-ink">{m.match}</mark>
                  {m.after}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
