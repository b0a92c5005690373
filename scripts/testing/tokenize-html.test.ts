import { describe, expect, it } from 'vitest';
import { decodeReferences, tokenizeHtml } from './tokenize-html';

describe('tokenizeHtml (test helper)', () => {
  it('reads quoted, unquoted and valueless attributes like a browser', () => {
    const { startTags } = tokenizeHtml(`<p>a</p><img src=x alt='q"t' onerror = "go()"/data-x><input disabled>`);
    expect(startTags).toEqual([
      { name: 'p', attributes: [] },
      { name: 'img', attributes: [['src', 'x'], ['alt', 'q"t'], ['onerror', 'go()'], ['data-x', '']] },
      { name: 'input', attributes: [['disabled', '']] },
    ]);
  });

  it('sees attributes broken out of a slash or an unterminated quote', () => {
    expect(tokenizeHtml('<a/href="x"/onclick=y>').startTags[0]?.attributes).toEqual([['href', 'x'], ['onclick', 'y']]);
  });

  it('ignores markup-looking text and escaped text', () => {
    expect(tokenizeHtml('a < b &lt;script&gt; &#x3C;img onerror=x>').startTags).toEqual([]);
  });

  it('reports comments and declarations, and skips raw text elements', () => {
    const tokens = tokenizeHtml('<!-- c --><script><b onclick=x></script><i>');
    expect(tokens.declarations).toEqual(['<!-- c -->']);
    expect(tokens.startTags.map((t) => t.name)).toEqual(['script', 'i']);
  });

  it('gives the markup without attribute values', () => {
    expect(tokenizeHtml(`<a title="<script>" href='x'>t</a> <b id=y>`).markup).toBe('<a title= href=>t</a> <b id=>');
  });

  it('decodes character references in values', () => {
    expect(decodeReferences('jav&#x09;ascript&colon;x&#106;&amp;&unknown;')).toBe('jav\tascript:xj&&unknown;');
  });
});
