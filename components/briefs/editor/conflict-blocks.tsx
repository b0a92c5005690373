'use client';

import type { ReactNode } from 'react';
import { contextOf, wordMarks, type Mark, type MergeBlock, type Side } from './conflict-merge';

const text = 'whitespace-pre-wrap break-words font-mono text-sm';

function Marks({ marks, as }: { marks: Mark[]; as: 'del' | 'ins' }) {
  if (marks.length === 0) return <span className="italic text-muted">(nothing here)</span>;
  const Changed = as;
  const style = as === 'del' ? 'rounded-sm bg-csto-soft text-ink line-through decoration-csto/60' : 'rounded-sm bg-post-soft text-ink no-underline';
  return (
    <>
      {marks.map((m, i) =>
        m.changed ? (
          <Changed key={i} className={style}>
            {m.text}
          </Changed>
        ) : (
          <span key={i}>{m.text}</span>
        ),
      )}
    </>
  );
}

function SharedRun({ text: run, follows, precedes }: { text: string; follows: boolean; precedes: boolean }) {
  const { head, hidden, tail } = contextOf(run, { follows, precedes });
  return (
    <div className={`${text} px-2 text-muted`}>
      {head}
      {hidden > 0 ? (
        <span className="my-1 block font-sans text-xs italic">
          … {hidden} unchanged line{hidden === 1 ? '' : 's'} …
        </span>
      ) : null}
      {tail}
    </div>
  );
}

function Choice({ id, name, side, checked, onChoose, label, children }: {
  id: string;
  name: string;
  side: Side;
  checked: boolean;
  onChoose: (side: Side) => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className={`min-w-0 rounded border p-2 ${checked ? 'border-accent bg-paper' : 'border-rule bg-paper/60'}`}>
      <label className="flex items-center gap-2 font-sans text-sm font-medium">
        <input type="radio" name={name} value={side} checked={checked} onChange={() => onChoose(side)} aria-describedby={id} />
        {label}
      </label>
      <div id={id} className={`${text} mt-1`}>
        {children}
      </div>
    </div>
  );
}

/** One place where the texts differ: both versions, highlighted word by word, and the choice. */
function ChangedBlock({ block, index, total, choice, onChoose, theirsLabel }: {
  block: Extract<MergeBlock, { kind: 'changed' }>;
  index: number;
  total: number;
  choice: Side;
  onChoose: (side: Side) => void;
  theirsLabel: string;
}) {
  const marks = wordMarks(block.theirs, block.mine);
  const name = `conflict-block-${index}`;
  return (
    <fieldset className="rounded border border-csto/40 p-2">
      <legend className="px-1 font-sans text-sm font-semibold">
        Difference {index + 1} of {total}
      </legend>
      <div className="grid gap-2 md:grid-cols-2">
        <Choice id={`${name}-theirs`} name={name} side="theirs" checked={choice === 'theirs'} onChoose={onChoose} label={theirsLabel}>
          <Marks marks={marks.theirs} as="del" />
        </Choice>
        <Choice id={`${name}-mine`} name={name} side="mine" checked={choice === 'mine'} onChoose={onChoose} label="Mine">
          <Marks marks={marks.mine} as="ins" />
        </Choice>
      </div>
    </fieldset>
  );
}

/** The two texts as shared runs (shortened) and changed blocks, each with its mine/theirs choice. */
export function ConflictBlocks({ blocks, choices, onChoose, theirsLabel }: {
  blocks: readonly MergeBlock[];
  choices: readonly Side[];
  onChoose: (index: number, side: Side) => void;
  theirsLabel: string;
}) {
  const total = blocks.filter((b) => b.kind === 'changed').length;
  let changed = 0;
  return (
    <div role="group" aria-label="Differences between the texts" className="space-y-2 rounded border border-rule bg-paper p-2">
      {blocks.map((block, i) => {
        if (block.kind === 'same') {
          return <SharedRun key={i} text={block.text} follows={i > 0} precedes={i < blocks.length - 1} />;
        }
        const index = changed++;
        return (
          <ChangedBlock
            key={i}
            block={block}
            index={index}
            total={total}
            choice={choices[index] ?? 'mine'}
            onChoose={(side) => onChoose(index, side)}
            theirsLabel={theirsLabel}
          />
        );
      })}
    </div>
  );
}
