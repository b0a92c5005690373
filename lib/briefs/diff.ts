import { diffArrays, diffWordsWithSpace } from 'diff';

/** A run of Markdown source that both revisions share, or that only the newer/older one has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * One box of the "what changed" view. A paragraph is a blank-line-separated chunk of the Markdown
 * source; a block covers one or more consecutive paragraphs, and the text of its parts, read in
 * order, is those paragraphs joined by a blank line ("\n\n"). Blocks themselves are separated by
 * a paragraph break, so a view renders each block apart (with `white-space: pre-wrap`).
 *
 * - `changed`: paragraphs that differ, as a word diff (removed text before added text in each run).
 * - `same`: unchanged paragraphs shown as context around a change; parts is one `same` part.
 * - `elided`: unchanged paragraphs left out; `paragraphs` says how many, and parts still holds
 *   their text (one `same` part) so the view can offer to expand them.
 */
export interface DiffBlock {
  kind: 'same' | 'changed' | 'elided';
  parts: DiffPart[];
  /** Paragraphs the block covers; for a change, in whichever revision has more. */
  paragraphs: number;
}

export type RevisionText = { title: string; body: string };

export interface RevisionDiff {
  /** The title as a word diff; present only when both titles were given and they differ. */
  title?: DiffPart[];
  /** The body, grouped and collapsed for reading. */
  blocks: DiffBlock[];
  /** The whole body as one word diff, nothing elided. */
  parts: DiffPart[];
  /** Words (whitespace-separated) added and removed in the body. */
  stats: { added: number; removed: number };
}

export interface DiffOptions {
  /** Unchanged paragraphs kept on each side of a change (default 1). */
  context?: number;
}

const BREAK = '\n\n';
// Past this many word edits a paragraph is treated as rewritten: jsdiff's cost grows with the
// square of the edits, and an interleaved diff of a rewrite is unreadable anyway.
const MAX_EDIT_LENGTH = 2_000;
// Below this share of unchanged words, a rewritten paragraph reads better as old then new.
const MIN_SHARED = 0.2;

function paragraphsOf(text: string): string[] {
  const trimmed = text.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
  return trimmed ? trimmed.split(/\n[ \t]*\n(?:[ \t]*\n)*/).map((p) => p.trimEnd()) : [];
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last?.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * Whitespace that happens to match between two replaced words splits one edit into many
 * ("old" → "new", " ", "words" → "text"); folding it in shows "old words" → "new text".
 */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    let from = 0;
    let to = run.length;
    while (from < to && run[from]?.kind === 'same') from++;
    while (to > from && run[to - 1]?.kind === 'same') to--;
    const middle = run.slice(from, to);
    if (middle.some((p) => p.kind === 'added') && middle.some((p) => p.kind === 'removed')) {
      const removed = middle.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
      const added = middle.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
      out.push(...run.slice(0, from), { kind: 'removed', text: removed }, { kind: 'added', text: added }, ...run.slice(to));
    } else out.push(...run);
    run = [];
  };
  for (const part of parts) {
    if (part.kind === 'same' && part.text.trim() !== '') {
      flush();
      out.push(part);
    } else run.push(part);
  }
  flush();
  return merge(out);
}

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  const parts: DiffPart[] = changes
    ? changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
    : [];
  const shared = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + words(p.text), 0);
  const rewritten = !changes || shared < MIN_SHARED * Math.max(words(before), words(after));
  return rewritten ? merge([{ kind: 'removed', text: before }, { kind: 'added', text: after }]) : tidy(parts);
}

type Group = { kind: 'unchanged'; texts: string[] } | { kind: 'changed'; parts: DiffPart[]; paragraphs: number };

/** Paragraphs first (so an edit never bleeds into its neighbours), then words within the changes. */
function groupsOf(before: string[], after: string[]): Group[] {
  const groups: Group[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length === 0 && added.length === 0) return;
    // Paired one to one when the counts agree; otherwise the paragraphs were split or merged.
    const parts =
      removed.length === added.length
        ? removed.flatMap((r, i) => [...(i > 0 ? [{ kind: 'same' as const, text: BREAK }] : []), ...diffText(r, added[i] ?? '')])
        : diffText(removed.join(BREAK), added.join(BREAK));
    groups.push({ kind: 'changed', parts: merge(parts), paragraphs: Math.max(removed.length, added.length) });
    removed = [];
    added = [];
  };
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      groups.push({ kind: 'unchanged', texts: change.value });
    }
  }
  flush();
  return groups;
}

function sameBlock(kind: 'same' | 'elided', texts: string[]): DiffBlock[] {
  return texts.length ? [{ kind, parts: [{ kind: 'same', text: texts.join(BREAK) }], paragraphs: texts.length }] : [];
}

/** Keeps `context` unchanged paragraphs next to each change and elides the rest of the run. */
function unchangedBlocks(texts: string[], changeBefore: boolean, changeAfter: boolean, context: number): DiffBlock[] {
  const head = changeBefore ? Math.min(context, texts.length) : 0;
  const tail = changeAfter ? Math.min(context, texts.length - head) : 0;
  const hidden = texts.length - head - tail;
  // Marking a single hidden paragraph saves the reader nothing, unless nothing changed at all.
  const elide = hidden >= 2 || (hidden === 1 && !changeBefore && !changeAfter);
  if (!elide) return sameBlock('same', texts);
  return [
    ...sameBlock('same', texts.slice(0, head)),
    ...sameBlock('elided', texts.slice(head, texts.length - tail)),
    ...sameBlock('same', texts.slice(texts.length - tail)),
  ];
}

/**
 * The blocks as one diff. The break before a block belongs to each revision that has text on
 * both sides of it, so an added last paragraph brings an added break, not a shared one.
 */
function flatten(blocks: readonly DiffBlock[]): DiffPart[] {
  const out: DiffPart[] = [];
  let inBefore = false;
  let inAfter = false;
  for (const block of blocks) {
    const hasBefore = block.parts.some((p) => p.kind !== 'added');
    const hasAfter = block.parts.some((p) => p.kind !== 'removed');
    const breakBefore = inBefore && hasBefore;
    const breakAfter = inAfter && hasAfter;
    if (breakBefore || breakAfter) out.push({ kind: breakBefore && breakAfter ? 'same' : breakBefore ? 'removed' : 'added', text: BREAK });
    out.push(...block.parts);
    inBefore ||= hasBefore;
    inAfter ||= hasAfter;
  }
  return merge(out);
}

const bodyOf = (r: string | RevisionText) => (typeof r === 'string' ? r : r.body);
const titleOf = (r: string | RevisionText) => (typeof r === 'string' ? undefined : r.title);

/** What changed between two revisions of a brief, for a reader: changed paragraphs with context. */
export function diffRevisions(before: string | RevisionText, after: string | RevisionText, options: DiffOptions = {}): RevisionDiff {
  const context = Math.max(0, options.context ?? 1);
  const groups = groupsOf(paragraphsOf(bodyOf(before)), paragraphsOf(bodyOf(after)));
  const blocks = groups.flatMap((g, i): DiffBlock[] =>
    g.kind === 'changed'
      ? [{ kind: 'changed', parts: g.parts, paragraphs: g.paragraphs }]
      : unchangedBlocks(g.texts, i > 0, i < groups.length - 1, context),
  );
  const parts = flatten(blocks);
  const count = (kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + words(p.text), 0);
  const [titleBefore, titleAfter] = [titleOf(before), titleOf(after)];
  const title = titleBefore !== undefined && titleAfter !== undefined && titleBefore !== titleAfter ? diffText(titleBefore, titleAfter) : undefined;
  return { ...(title ? { title } : {}), blocks, parts, stats: { added: count('added'), removed: count('removed') } };
}
