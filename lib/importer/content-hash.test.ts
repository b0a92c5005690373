import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from './index';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('contentHash', () => {
  it('is the sha256 hex of the text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('ignores line endings, a BOM and trailing whitespace', () => {
    const base = contentHash('Title\nBody text.');
    expect(contentHash('Title\r\nBody text.\r\n')).toBe(base);
    expect(contentHash('\uFEFFTitle\rBody text.  \n\n')).toBe(base);
  });

  it('changes nothing else: leading space, inner spacing and wording count', () => {
    expect(contentHash(' Title\nBody text.')).toBe(sha256(' Title\nBody text.'));
    expect(contentHash('Title\n\nBody text.')).not.toBe(contentHash('Title\nBody text.'));
    expect(contentHash('Title\nBody text!')).not.toBe(contentHash('Title\nBody text.'));
  });
});
