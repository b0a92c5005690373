import type { RevisionDiff } from '@/lib/briefs/diff';
import { DiffText } from './diff-text';

const BOX = 'whitespace-pre-wrap break-words rounded px-4 py-3 font-serif leading-relaxed';

/** The changed paragraphs of a brief with a little unchanged context; long unchanged runs fold away. */
export function DiffView({ diff }: { diff: RevisionDiff }) {
  const { added, removed } = diff.stats;
  if (added === 0 && removed === 0) {
    return <p className="rounded border border-rule px-4 py-3 text-muted">The text of the two revisions is identical.</p>;
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        {added} {added === 1 ? 'word' : 'words'} added, {removed} removed. Added text is <ins className="underline">underlined</ins>,
        removed text is <del>struck through</del>. The text is shown as the editors wrote it, with citations as{' '}
        <code className="rounded bg-rule/50 px-1">[^article#p-N]</code>.
      </p>
      {diff.blocks.map((block, i) => {
        if (block.kind === 'elided') {
          return (
            <details key={i} className="rounded border border-dashed border-rule">
              <summary className="cursor-pointer px-4 py-2 text-sm text-muted">
                {block.paragraphs} unchanged {block.paragraphs === 1 ? 'paragraph' : 'paragraphs'}
              </summary>
              <div className={`${BOX} text-muted`}>
                <DiffText parts={block.parts} />
              </div>
            </details>
          );
        }
        const changed = block.kind === 'changed';
        return (
          <div
            key={i}
            className={changed ? `${BOX} border-l-4 border-accent bg-accent-soft/30` : `${BOX} border border-rule text-muted`}
          >
            {changed ? <span className="sr-only">Changed: </span> : null}
            <DiffText parts={block.parts} />
          </div>
        );
      })}
    </div>
  );
}
