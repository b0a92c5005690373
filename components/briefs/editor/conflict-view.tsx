'use client';

import { useEffect, useRef } from 'react';
import type { ConflictView as Conflict } from '@/lib/briefs/actions/editing';

const box = 'h-72 w-full resize-y rounded border border-rule bg-paper p-2 font-mono text-sm';

function Side({ id, heading, detail, title, body }: { id: string; heading: string; detail: string; title: string; body: string }) {
  return (
    <div className="min-w-0 space-y-2">
      <h3 id={`${id}-heading`} className="font-semibold">
        {heading}
      </h3>
      <p className="text-sm text-muted" suppressHydrationWarning>
        {detail}
      </p>
      {title ? (
        <p className="text-sm">
          <span className="text-muted">Title: </span>
          {title}
        </p>
      ) : null}
      <label htmlFor={`${id}-body`} className="sr-only">
        {heading}: text
      </label>
      <textarea id={`${id}-body`} readOnly value={body} className={box} />
    </div>
  );
}

/**
 * Shown when a save is refused because someone saved a newer version: both texts, and the two
 * ways out. Nothing is lost either way.
 */
export function ConflictView({ conflict, mine, onKeepMine, onTakeTheirs, noun = 'brief', numbered = true }: {
  conflict: Conflict;
  /** What is being edited, in the heading ("brief", "summary"). */
  noun?: string;
  /** Whether versions are numbers worth showing (a summary's are timestamps). */
  numbered?: boolean;
  mine: { title: string; body: string };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { theirs } = conflict;
  const when = new Date(theirs.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <section aria-labelledby="conflict-heading" className="space-y-4 rounded border-2 border-csto/60 bg-csto-soft/40 p-4">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="font-serif text-xl font-semibold">
        Someone else saved this {noun} while you were editing
      </h2>
      <p className="text-sm">
        Your changes were not saved, and theirs were not overwritten. Compare the two texts, then keep yours (it is saved as a new version on top of theirs) or take theirs (yours stays in this browser until you dismiss it).
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Side id="theirs" heading={numbered ? `Theirs (version ${theirs.version})` : 'Theirs'} detail={`Saved ${when}${theirs.by ? ` by ${theirs.by}` : ''}`} title={theirs.title} body={theirs.body} />
        <Side id="yours" heading="Yours" detail="Not saved yet" title={mine.title} body={mine.body} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onKeepMine} className="rounded bg-accent px-3 py-2 font-medium text-paper">
          Keep mine (save over theirs as a new version)
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-rule bg-paper px-3 py-2 font-medium hover:border-accent">
          Take theirs
        </button>
      </div>
    </section>
  );
}
