import { describe, expect, it } from 'vitest';
import { changedCount, combine, contextOf, mergeBlocks, wordMarks } from './conflict-merge';

const theirs = 'Title line.\nShared one.\nTheir middle.\nShared two.\nTheir end.';
const mine = 'Title line.\nShared one.\nMy middle, longer.\nShared two.\nMy end.\nAnd a line of mine.';

describe('mergeBlocks and combine', () => {
  it('cuts the texts into shared runs and changed blocks', () => {
    expect(mergeBlocks(theirs, mine)).toEqual([
      { kind: 'same', text: 'Title line.\nShared one.\n' },
      { kind: 'changed', theirs: 'Their middle.\n', mine: 'My middle, longer.\n' },
      { kind: 'same', text: 'Shared two.\n' },
      { kind: 'changed', theirs: 'Their end.', mine: 'My end.\nAnd a line of mine.' },
    ]);
  });

  it('gives back either whole text, or any mix of blocks', () => {
    const blocks = mergeBlocks(theirs, mine);
    expect(changedCount(blocks)).toBe(2);
    expect(combine(blocks, ['mine', 'mine'])).toBe(mine);
    expect(combine(blocks, [])).toBe(mine);
    expect(combine(blocks, ['theirs', 'theirs'])).toBe(theirs);
    expect(combine(blocks, ['theirs', 'mine'])).toBe('Title line.\nShared one.\nTheir middle.\nShared two.\nMy end.\nAnd a line of mine.');
    expect(combine(blocks, ['mine', 'theirs'])).toBe('Title line.\nShared one.\nMy middle, longer.\nShared two.\nTheir end.');
  });

  it('keeps lines only one side has as blocks with an empty other side', () => {
    const blocks = mergeBlocks('a\nb\n', 'a\nnew\nb\n');
    expect(blocks).toEqual([
      { kind: 'same', text: 'a\n' },
      { kind: 'changed', theirs: '', mine: 'new\n' },
      { kind: 'same', text: 'b\n' },
    ]);
    expect(combine(blocks, ['theirs'])).toBe('a\nb\n');
  });

  it('has no changed block for equal texts, and nothing for two empty ones', () => {
    expect(mergeBlocks('same\n', 'same\n')).toEqual([{ kind: 'same', text: 'same\n' }]);
    expect(mergeBlocks('', '')).toEqual([]);
    expect(combine(mergeBlocks('', 'only mine'), ['theirs'])).toBe('');
  });
});

describe('wordMarks', () => {
  it('marks the words only one side has', () => {
    expect(wordMarks('Troops from Kazakhstan took part.', 'Troops from Kyrgyzstan took part.')).toEqual({
      theirs: [
        { text: 'Troops from ', changed: false },
        { text: 'Kazakhstan', changed: true },
        { text: ' took part.', changed: false },
      ],
      mine: [
        { text: 'Troops from ', changed: false },
        { text: 'Kyrgyzstan', changed: true },
        { text: ' took part.', changed: false },
      ],
    });
  });

  it('highlights a run of changed words as one, across the spaces both share', () => {
    expect(wordMarks('First line as it was.\n', 'First line, edited by me.\n')).toEqual({
      theirs: [
        { text: 'First line ', changed: false },
        { text: 'as it was', changed: true },
        { text: '.\n', changed: false },
      ],
      mine: [
        { text: 'First line', changed: false },
        { text: ', edited by me', changed: true },
        { text: '.\n', changed: false },
      ],
    });
  });

  it('marks all of a side the other lacks', () => {
    expect(wordMarks('', 'new line')).toEqual({ theirs: [], mine: [{ text: 'new line', changed: true }] });
  });
});

describe('contextOf', () => {
  const run = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\n';
  it('shows the lines next to changes and counts the rest', () => {
    expect(contextOf(run, { follows: true, precedes: true })).toEqual({ head: 'l1\nl2\n', hidden: 3, tail: 'l6\nl7\n' });
    expect(contextOf(run, { follows: false, precedes: true })).toEqual({ head: '', hidden: 5, tail: 'l6\nl7\n' });
    expect(contextOf(run, { follows: true, precedes: false })).toEqual({ head: 'l1\nl2\n', hidden: 5, tail: '' });
  });
  it('shows a short run whole rather than hide one line', () => {
    expect(contextOf('a\nb\nc\n', { follows: true, precedes: false })).toEqual({ head: 'a\nb\nc\n', hidden: 0, tail: '' });
  });
});
