import type { MarkdownProblem } from '@/lib/formats/markdown';

/**
 * Problems in the draft, each a button that puts the cursor where it is. Any of them blocks
 * publication.
 */
export function ProblemList({ problems, onGoTo }: { problems: MarkdownProblem[]; onGoTo: (line: number, column: number) => void }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="brief-problems" className="rounded border border-csto/40 bg-csto-soft p-3 text-sm text-csto">
      <h3 id="brief-problems" className="font-semibold">
        {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before publishing
      </h3>
      <ul className="mt-2 space-y-1">
        {problems.map((p, i) => (
          <li key={`${p.line}:${p.column}:${i}`}>
            <button type="button" onClick={() => onGoTo(p.line, p.column)} className="text-left underline-offset-2 hover:underline">
              <span className="font-mono">
                {p.line}:{p.column}
              </span>{' '}
              {p.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
