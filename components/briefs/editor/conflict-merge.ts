import { diffLines, diffWordsWithSpace } from 'diff';

/**
 * Two texts, theirs (saved by someone else) and mine (not saved), cut into runs of lines both
 * share and blocks where they differ. Each block's `theirs` and `mine` are that side's exact
 * lines, so the blocks read in order, each taken from either side, are a whole text: all from
 * mine is mine, all from theirs is theirs.
 */
export type MergeBlock = { kind: 'same'; text: string } | { kind: 'changed'; theirs: string; mine: string };

export type Side = 'mine' | 'theirs';

/** A run of a block's text, highlighted when the other side lacks it. */
export interface Mark {
  text: string;
  changed: boolean;
}

// jsdiff's cost grows with the square of the edits; past this a block is shown as rewritten.
const MAX_EDIT_LENGTH = 2_000;

export function mergeBlocks(theirs: string, mine: string): MergeBlock[] {
  if (theirs === mine) return theirs ? [{ kind: 'same', text: theirs }] : [];
  const parts = diffLines(theirs, mine, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return [{ kind: 'changed', theirs, mine }];
  const blocks: MergeBlock[] = [];
  for (const part of parts) {
    const last = blocks.at(-1);
    if (!part.added && !part.removed) {
      blocks.push({ kind: 'same', text: part.value });
    } else if (last?.kind === 'changed') {
      if (part.added) last.mine += part.value;
      else last.theirs += part.value;
    } else {
      blocks.push({ kind: 'changed', theirs: part.removed ? part.value : '', mine: part.added ? part.value : '' });
    }
  }
  return blocks;
}

/** The text made of the shared runs and, for each changed block in order, the chosen side. */
export function combine(blocks: readonly MergeBlock[], choices: readonly Side[]): string {
  let changed = 0;
  return blocks
    .map((block) => {
      if (block.kind === 'same') return block.text;
      const side = choices[changed++] ?? 'mine';
      return block[side];
    })
    .join('');
}

export function changedCount(blocks: readonly MergeBlock[]): number {
  return blocks.filter((b) => b.kind === 'changed').length;
}

/** Word-level highlighting of one changed block: what only theirs has, and what only mine has. */
export function wordMarks(theirs: string, mine: string): { theirs: Mark[]; mine: Mark[] } {
  const parts = theirs && mine ? diffWordsWithSpace(theirs, mine, { maxEditLength: MAX_EDIT_LENGTH }) : undefined;
  if (!parts) return { theirs: theirs ? [{ text: theirs, changed: true }] : [], mine: mine ? [{ text: mine, changed: true }] : [] };
  const out: { theirs: Mark[]; mine: Mark[] } = { theirs: [], mine: [] };
  const push = (list: Mark[], text: string, changed: boolean) => {
    const last = list.at(-1);
    if (last && last.changed === changed) last.text += text;
    else list.push({ text, changed });
  };
  for (const part of parts) {
    if (!part.added) push(out.theirs, part.value, Boolean(part.removed));
    if (!part.removed) push(out.mine, part.value, Boolean(part.added));
  }
  return { theirs: joinAcrossSpaces(out.theirs), mine: joinAcrossSpaces(out.mine) };
}

/** "as", " ", "it" (two changes around a shared space) read better as one highlight, "as it". */
function joinAcrossSpaces(marks: Mark[]): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const last = out.at(-1);
    const next = marks[i + 1];
    if (last?.changed && next?.changed && !mark.changed && /^[ \t]+$/.test(mark.text)) {
      last.text += mark.text + next.text;
      i++;
    } else if (last?.changed && mark.changed) {
      last.text += mark.text;
    } else {
      out.push({ ...mark });
    }
  }
  return out;
}

/**
 * What to show of a shared run: its first lines when it follows a change, its last when it
 * precedes one; the lines between are counted, not shown.
 */
export function contextOf(text: string, { follows, precedes }: { follows: boolean; precedes: boolean }, keep = 2): { head: string; hidden: number; tail: string } {
  const lines = text.split(/(?<=\n)/);
  const headCount = follows ? keep : 0;
  const tailCount = precedes ? keep : 0;
  if (lines.length <= headCount + tailCount + 1) return { head: text, hidden: 0, tail: '' };
  return {
    head: lines.slice(0, headCount).join(''),
    hidden: lines.length - headCount - tailCount,
    tail: lines.slice(lines.length - tailCount).join(''),
  };
}
