import { describe, expect, it } from 'vitest';
import { diffRevisions, diffText, type DiffPart } from './diff';

const paras = (n: number, edit?: { at: number; text: string }) =>
  Array.from({ length: n }, (_, i) => (edit && edit.at === i + 1 ? edit.text : `Paragraph ${i + 1} stays as it was.`)).join('\n\n');

const side = (parts: readonly DiffPart[], drop: DiffPart['kind']) => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');
const shape = (blocks: { kind: string; paragraphs: number }[]) => blocks.map((b) => `${b.kind}:${b.paragraphs}`);

describe('diffText', () => {
  it('marks a changed word with its surroundings unchanged', () => {
    expect(diffText('Troops left Aktau on Monday.', 'Troops left Aktau on Tuesday.')).toEqual([
      { kind: 'same', text: 'Troops left Aktau on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('folds shared whitespace between replaced words into one edit', () => {
    expect(diffText('The old wording here.', 'The new text here.')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'old wording' },
      { kind: 'added', text: 'new text' },
      { kind: 'same', text: ' here.' },
    ]);
  });

  it('shows a rewritten paragraph as old then new', () => {
    expect(diffText('Kazakhstan hosted the drill in spring.', 'An entirely different sentence now stands here.')).toEqual([
      { kind: 'removed', text: 'Kazakhstan hosted the drill in spring.' },
      { kind: 'added', text: 'An entirely different sentence now stands here.' },
    ]);
  });
});

describe('diffRevisions', () => {
  it('shows a changed paragraph with one paragraph of context and elides the rest', () => {
    const d = diffRevisions(paras(10), paras(10, { at: 5, text: 'Paragraph 5 was corrected.' }));
    expect(shape(d.blocks)).toEqual(['elided:3', 'same:1', 'changed:1', 'same:1', 'elided:4']);
    expect(d.blocks[0]?.parts).toEqual([{ kind: 'same', text: `${paras(3)}` }]);
    expect(d.blocks[1]?.parts).toEqual([{ kind: 'same', text: 'Paragraph 4 stays as it was.' }]);
    expect(d.blocks[2]?.parts).toEqual([
      { kind: 'same', text: 'Paragraph 5 ' },
      { kind: 'removed', text: 'stays as it ' },
      { kind: 'same', text: 'was' },
      { kind: 'added', text: ' corrected' },
      { kind: 'same', text: '.' },
    ]);
    expect(d.stats).toEqual({ added: 1, removed: 3 });
  });

  it('keeps a lone paragraph between changes rather than marking it elided', () => {
    const before = paras(5);
    const after = before.replace('Paragraph 2 stays', 'Paragraph 2 moves').replace('Paragraph 5 stays', 'Paragraph 5 moves');
    expect(shape(diffRevisions(before, after).blocks)).toEqual(['same:1', 'changed:1', 'same:2', 'changed:1']);
    expect(shape(diffRevisions(before, after, { context: 0 }).blocks)).toEqual(['same:1', 'changed:1', 'elided:2', 'changed:1']);
  });

  it('honours a wider context', () => {
    const d = diffRevisions(paras(10), paras(10, { at: 5, text: 'New.' }), { context: 2 });
    expect(shape(d.blocks)).toEqual(['elided:2', 'same:2', 'changed:1', 'same:2', 'elided:3']);
  });

  it('reports added and removed paragraphs whole', () => {
    const d = diffRevisions('Intro.\n\nMiddle.\n\nEnd.', 'Middle.\n\nEnd.\n\nA new closing paragraph.');
    expect(d.blocks).toEqual([
      { kind: 'changed', parts: [{ kind: 'removed', text: 'Intro.' }], paragraphs: 1 },
      { kind: 'same', parts: [{ kind: 'same', text: 'Middle.\n\nEnd.' }], paragraphs: 2 },
      { kind: 'changed', parts: [{ kind: 'added', text: 'A new closing paragraph.' }], paragraphs: 1 },
    ]);
    expect(d.stats).toEqual({ added: 4, removed: 1 });
  });

  it('shows a split paragraph as one change with the new break', () => {
    const d = diffRevisions('First half. Second half.', 'First half.\n\nSecond half.');
    expect(d.blocks).toEqual([
      {
        kind: 'changed',
        paragraphs: 2,
        parts: [
          { kind: 'same', text: 'First half.' },
          { kind: 'removed', text: ' ' },
          { kind: 'added', text: '\n\n' },
          { kind: 'same', text: 'Second half.' },
        ],
      },
    ]);
  });

  it('elides everything when nothing changed, and ignores line endings and extra blank lines', () => {
    const d = diffRevisions('One.\r\n\r\nTwo.\r\n', 'One.\n\n\n\nTwo.');
    expect(d.blocks).toEqual([{ kind: 'elided', parts: [{ kind: 'same', text: 'One.\n\nTwo.' }], paragraphs: 2 }]);
    expect(d.stats).toEqual({ added: 0, removed: 0 });
  });

  it('handles a first revision and an emptied one', () => {
    expect(diffRevisions('', 'Hello world.').blocks).toEqual([{ kind: 'changed', parts: [{ kind: 'added', text: 'Hello world.' }], paragraphs: 1 }]);
    expect(diffRevisions('Hello world.', '  \n').stats).toEqual({ added: 0, removed: 2 });
    expect(diffRevisions('', '')).toEqual({ blocks: [], parts: [], stats: { added: 0, removed: 0 } });
  });

  it('diffs titles only when given and different', () => {
    expect(diffRevisions('a', 'b').title).toBeUndefined();
    expect(diffRevisions({ title: 'Same', body: 'a' }, { title: 'Same', body: 'b' }).title).toBeUndefined();
    expect(diffRevisions({ title: 'Drills in 2023', body: 'a' }, { title: 'Drills in 2024', body: 'a' }).title).toEqual([
      { kind: 'same', text: 'Drills in ' },
      { kind: 'removed', text: '2023' },
      { kind: 'added', text: '2024' },
    ]);
  });

  it('rebuilds both revisions from the flat parts and from the blocks', () => {
    const before = '# Brief\n\nKazakhstan and Uzbekistan drilled [^a#p-1].\n\n- one\n- two\n\nOld closing words.\n\nTail.';
    const after = '# Brief, revised\n\nKazakhstan, Kyrgyzstan and Uzbekistan drilled [^a#p-2].\n\n- one\n- two\n- three\n\nTail.\n\nPostscript.';
    const d = diffRevisions(before, after, { context: 0 });
    expect(side(d.parts, 'added')).toBe(before);
    expect(side(d.parts, 'removed')).toBe(after);
    // A view showing blocks apart: each revision is its blocks' text, blank-line separated.
    const join = (drop: DiffPart['kind']) => d.blocks.map((b) => side(b.parts, drop)).filter(Boolean).join('\n\n');
    expect(join('added')).toBe(before);
    expect(join('removed')).toBe(after);
  });
});
