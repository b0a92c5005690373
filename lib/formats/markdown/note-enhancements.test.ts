import { describe, expect, it } from 'vitest';
import { leadWords, LONG_QUOTE_WORDS, PREVIEW_WORDS } from './note-enhancements';
import { renderBrief } from './render-brief';
import { fakeResolvers } from '@/scripts/testing/fake-resolvers';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`).join(' ');

describe('cited-paragraph previews', () => {
  it('puts the cited paragraph and a link to its permalink beside each marker, named by aria-describedby', () => {
    const r = renderBrief('One [^csto-summit#p-2], again [^csto-summit#p-2].', fakeResolvers({ 'csto-summit#p-2': { text: 'Troops <left>.' } }), { enhancedNotes: true });
    expect(r.html).toContain(
      '<sup class="note-ref"><a href="#user-content-note-1" id="user-content-ref-1" aria-describedby="user-content-preview-1">1</a>' +
        '<span class="note-preview" id="user-content-preview-1"><span class="preview-text">Troops &#x3C;left>.</span> ' +
        '<span class="preview-source"><a href="/articles/csto-summit#p-2">CSTO summit &#x3C;ends>, paragraph 2</a></span></span></sup>',
    );
    expect(r.html).toContain('id="user-content-ref-1-2" aria-describedby="user-content-preview-1-2"');
    expect(r.html).toContain('<span class="note-preview" id="user-content-preview-1-2">');
    expect(r.problems).toEqual([]);
  });

  it('shows the first words of a long paragraph, which the note quotes in full', () => {
    const r = renderBrief('[^csto-summit#p-2]', fakeResolvers({ 'csto-summit#p-2': { text: words(PREVIEW_WORDS + 5) } }), { enhancedNotes: true });
    expect(r.html).toContain(`<span class="preview-text">${words(PREVIEW_WORDS)}…</span>`);
    expect(r.html).toContain(`<blockquote><p>${words(PREVIEW_WORDS + 5)}</p></blockquote>`);
  });

  it('leaves markers plain without the option (feeds, the editor’s preview)', () => {
    const r = renderBrief('One [^csto-summit#p-2].', fakeResolvers());
    expect(r.html).toContain('<sup class="note-ref"><a href="#user-content-note-1" id="user-content-ref-1">1</a></sup>');
    expect(r.html).not.toContain('note-preview');
  });
});

describe('long quotations in the notes', () => {
  const long = words(LONG_QUOTE_WORDS + 1);

  it('folds a quotation longer than the limit behind a summary showing its first words', () => {
    const r = renderBrief('[^csto-summit#p-3]', fakeResolvers({ 'csto-summit#p-3': { text: long } }), { enhancedNotes: true });
    expect(r.html).toContain(
      `<details class="long-quote"><summary><span class="quote-lead">${words(30)}…</span> ` +
        `<span class="quote-more">Show the whole paragraph (${LONG_QUOTE_WORDS + 1} words)</span><span class="quote-less">Fold the paragraph</span></summary>` +
        `<blockquote><p>${long}</p></blockquote></details>`,
    );
  });

  it('keeps a quotation at the limit open, and every quotation open without the option', () => {
    const atLimit = words(LONG_QUOTE_WORDS);
    const r = renderBrief('[^csto-summit#p-3]', fakeResolvers({ 'csto-summit#p-3': { text: atLimit } }), { enhancedNotes: true });
    expect(r.html).toContain(`<blockquote><p>${atLimit}</p></blockquote>`);
    expect(r.html).not.toContain('<details');
    expect(renderBrief('[^csto-summit#p-3]', fakeResolvers({ 'csto-summit#p-3': { text: long } })).html).not.toContain('<details');
  });

  it('cuts at whitespace, whatever it is', () => {
    expect(leadWords(' a\tb\n c  d ', 3)).toEqual({ lead: 'a b c', cut: true });
    expect(leadWords('a b', 3)).toEqual({ lead: 'a b', cut: false });
  });
});
