'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ConflictView as Conflict } from '@/lib/briefs/actions/editing';
import { ConflictBlocks } from './conflict-blocks';
import { changedCount, combine, mergeBlocks, type MergeBlock, type Side } from './conflict-merge';

const box = 'h-72 w-full resize-y rounded border border-rule bg-paper p-2 font-mono text-sm';

function FullText({ id, heading, detail, title, body }: { id: string; heading: string; detail: string; title: string; body: string }) {
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

function TitleChoice({ theirs, mine, choice, onChoose }: { theirs: string; mine: string; choice: Side; onChoose: (side: Side) => void }) {
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="font-semibold">Title</legend>
      {(['theirs', 'mine'] as const).map((side) => (
        <label key={side} className="flex items-baseline gap-2">
          <input type="radio" name="conflict-title" value={side} checked={choice === side} onChange={() => onChoose(side)} />
          <span>
            {side === 'theirs' ? 'Theirs' : 'Mine'}: <span className="font-serif">{side === 'theirs' ? theirs : mine}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Shown when a save is refused because someone saved a newer version: where the two texts
 * differ, highlighted, with a choice of mine or theirs for each difference; the combined text is
 * saved on top of theirs. Keeping all of mine or taking all of theirs are a click away, and
 * nothing is lost either way.
 */
export function ConflictView({ conflict, mine, onKeepMine, onTakeTheirs, onSaveCombined, noun = 'brief', numbered = true }: {
  conflict: Conflict;
  /** What is being edited, in the heading ("brief", "summary"). */
  noun?: string;
  /** Whether versions are numbers worth showing (a summary's are timestamps). */
  numbered?: boolean;
  mine: { title: string; body: string };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Saves the text made of the chosen parts, as a new version on top of theirs. */
  onSaveCombined: (combined: { title: string; body: string }) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { theirs } = conflict;
  const blocks = useMemo(() => mergeBlocks(theirs.body, mine.body), [theirs.body, mine.body]);
  // Choices belong to one pair of texts: typing on in my text starts them again from "mine".
  const [picked, setPicked] = useState<{ blocks: readonly MergeBlock[]; choices: Side[] }>({ blocks, choices: [] });
  const choices = picked.blocks === blocks ? picked.choices : [];
  const choose = (index: number, side: Side) => {
    const next = Array.from({ length: changedCount(blocks) }, (_, i) => (i === index ? side : (choices[i] ?? 'mine')));
    setPicked({ blocks, choices: next });
  };
  const [titleChoice, setTitleChoice] = useState<Side>('mine');
  const titlesDiffer = theirs.title !== mine.title;
  const combined = {
    title: titlesDiffer && titleChoice === 'theirs' ? theirs.title : mine.title,
    body: combine(blocks, choices),
  };
  const when = new Date(theirs.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  const theirsHeading = numbered ? `Theirs (version ${theirs.version})` : 'Theirs';
  const differences = changedCount(blocks);
  return (
    <section aria-labelledby="conflict-heading" className="space-y-4 rounded border-2 border-csto/60 bg-csto-soft/40 p-4">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="font-serif text-xl font-semibold">
        Someone else saved this {noun} while you were editing
      </h2>
      <p className="text-sm">
        Your changes were not saved, and theirs were not overwritten. Theirs were saved {when}
        {theirs.by ? ` by ${theirs.by}` : ''}. {differences === 0 ? 'The texts are the same. ' : `The texts differ in ${differences} place${differences === 1 ? '' : 's'}, highlighted below: choose mine or theirs for each, then save the combined text. `}
        Or keep all of yours, or take all of theirs (yours then stays in this browser until you dismiss it).
      </p>
      {titlesDiffer ? <TitleChoice theirs={theirs.title} mine={mine.title} choice={titleChoice} onChoose={setTitleChoice} /> : null}
      {blocks.length > 0 ? <ConflictBlocks blocks={blocks} choices={choices} onChoose={choose} theirsLabel={theirsHeading} /> : null}
      <div className="space-y-1">
        <label htmlFor="conflict-combined" className="text-sm font-semibold">
          The combined text
        </label>
        <textarea id="conflict-combined" readOnly value={combined.body} className={box} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => onSaveCombined(combined)} className="rounded bg-accent px-3 py-2 font-medium text-paper">
          Save the combined text
        </button>
        <button type="button" onClick={onKeepMine} className="rounded border border-rule bg-paper px-3 py-2 font-medium hover:border-accent">
          Keep mine (save over theirs as a new version)
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-rule bg-paper px-3 py-2 font-medium hover:border-accent">
          Take theirs
        </button>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Both full texts</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <FullText id="theirs" heading={theirsHeading} detail={`Saved ${when}${theirs.by ? ` by ${theirs.by}` : ''}`} title={theirs.title} body={theirs.body} />
          <FullText id="yours" heading="Yours" detail="Not saved yet" title={mine.title} body={mine.body} />
        </div>
      </details>
    </section>
  );
}
