import { describe, expect, it } from 'vitest';
import { renderBrief } from './render-brief';
import { fakeResolvers } from '@/scripts/testing/fake-resolvers';

const render = (markdown: string, resolvers = fakeResolvers()) => renderBrief(markdown, resolvers);

describe('renderBrief citations', () => {
  it('numbers notes by first use and reuses a number for a repeated citation', () => {
    const r = render('One [^army-drills-2024#p-3], two [^csto-summit#p-1], again [^army-drills-2024#p-3].');
    expect(r.html).toContain('One <sup class="note-ref"><a href="#user-content-note-1" id="user-content-ref-1">1</a></sup>');
    expect(r.html).toContain('two <sup class="note-ref"><a href="#user-content-note-2" id="user-content-ref-2">2</a></sup>');
    expect(r.html).toContain('again <sup class="note-ref"><a href="#user-content-note-1" id="user-content-ref-1-2">1</a></sup>');
    expect(r.citations.map((c) => `${c.articleSlug}#${c.position}`)).toEqual(['army-drills-2024#3', 'csto-summit#1']);
    expect(r.html.match(/<li id="user-content-note-\d+">/g)).toEqual(['<li id="user-content-note-1">', '<li id="user-content-note-2">']);
    expect(r.problems).toEqual([]);
  });

  it('asks the resolver once per distinct citation', () => {
    const resolvers = fakeResolvers();
    render('[^army-drills-2024#p-3] [^army-drills-2024#p-3] [^army-drills-2024#p-99] [^army-drills-2024#p-99]', resolvers);
    expect(resolvers.calls).toEqual(['citation:army-drills-2024#p-3', 'citation:army-drills-2024#p-99']);
  });

  it('quotes the cited paragraph, names the article and links the paragraph permalink', () => {
    const r = render('Claim [^csto-summit#p-2].', fakeResolvers({ 'csto-summit#p-2': { text: 'Troops <left> & returned.' } }));
    expect(r.html).toContain('<section class="notes" aria-label="Sources"><ol><li id="user-content-note-1">');
    expect(r.html).toContain('<blockquote><p>Troops &#x3C;left> &#x26; returned.</p></blockquote>');
    expect(r.html).toContain('<a href="/articles/csto-summit#p-2">CSTO summit &#x3C;ends></a>, paragraph 2');
    expect(r.html).toContain('<a href="#user-content-ref-1" class="back-ref" aria-label="Back to reference 1">↩</a>');
    expect(r.html).not.toContain('corrected');
  });

  it('adds a text-fragment link when the resolver gives a quote', () => {
    const r = render('[^csto-summit#p-2]', fakeResolvers({ 'csto-summit#p-2': { quote: 'drills-in Almaty, & more' } }));
    expect(r.html).toContain('href="/articles/csto-summit#p-2:~:text=drills%2Din%20Almaty%2C%20%26%20more" class="text-fragment"');
    expect(r.html).toContain('<a href="/articles/csto-summit#p-2">');
  });

  it('says when the source has been corrected, still quoting the text as cited', () => {
    const r = render('[^csto-summit#p-4]', fakeResolvers({ 'csto-summit#p-4': { text: 'As it was.', changed: true, quote: 'As it was' } }));
    expect(r.html).toContain('<blockquote><p>As it was.</p></blockquote>');
    expect(r.html).toContain('<p class="note-changed">The source has been corrected since this was cited.</p>');
    expect(r.html).not.toContain(':~:text=');
    expect(r.citations[0]?.changed).toBe(true);
  });

  it('renders no notes section without citations', () => {
    expect(render('Plain words.').html).toBe('<p>Plain words.</p>');
  });
});

describe('renderBrief entity links', () => {
  it('links a name, and an alias with display text', () => {
    const r = render('[[Birlestik-2024]] and [[Unity-2024|the Unity exercise]].');
    expect(r.html).toBe(
      '<p><a href="/exercises/birlestik-2024" class="entity">Birlestik-2024</a> and ' +
        '<a href="/exercises/birlestik-2024" title="Birlestik-2024" class="entity">the Unity exercise</a>.</p>',
    );
  });

  it('works inside emphasis, headings and table cells (with the pipe escaped)', () => {
    const r = render('*[[unity-2024]]*\n\n| a |\n|---|\n| [[Unity-2024\\|drill]] |');
    expect(r.html).toContain('<em><a href="/exercises/birlestik-2024" title="Birlestik-2024" class="entity">unity-2024</a></em>');
    expect(r.html).toContain('<td><a href="/exercises/birlestik-2024" title="Birlestik-2024" class="entity">drill</a></td>');
    expect(r.problems).toEqual([]);
  });
});

describe('renderBrief problems', () => {
  it('reports unknown citations and entities at their line and column, as marked text', () => {
    const r = render('# Title\n\nText [^no-such#p-1] and\n  more [[Atlantis]] here [^army-drills-2024#p-42].');
    expect(r.problems).toEqual([
      { kind: 'unknown-citation', line: 3, column: 6, message: expect.stringContaining('[^no-such#p-1]') },
      { kind: 'unknown-entity', line: 4, column: 8, message: expect.stringContaining('"Atlantis"') },
      { kind: 'unknown-citation', line: 4, column: 26, message: expect.stringContaining('no paragraph 42') },
    ]);
    expect(r.html).toContain('<mark class="unresolved" title="Unknown source">[^no-such#p-1]</mark>');
    expect(r.html).toContain('>[[Atlantis]]</mark>');
    expect(r.html).not.toContain('href="/articles/no-such');
    expect(r.citations).toEqual([]);
  });

  it('reports malformed citations and entity links as bad syntax', () => {
    const r = render('[^Army Drills#p-3] [^army-drills-2024#3] [^1] [[ ]] [[x| ]]');
    expect(r.problems.map((p) => [p.kind, p.column])).toEqual([
      ['bad-syntax', 1],
      ['bad-syntax', 20],
      ['bad-syntax', 42],
      ['bad-syntax', 47],
      ['bad-syntax', 53],
    ]);
  });

  it('refuses citations and entity links inside link text, which would nest links', () => {
    const r = render('[see [[Unity-2024]]](https://example.com)');
    expect(r.problems).toEqual([{ kind: 'bad-syntax', line: 1, column: 6, message: expect.stringContaining('inside a link') }]);
    expect(r.html).toBe('<p><a href="https://example.com">see <mark class="unresolved" title="Not allowed inside a link">[[Unity-2024]]</mark></a></p>');
  });

  it('shows raw HTML as text and reports it', () => {
    const r = render('A <b>bold</b> claim.\n\n<div>block</div>');
    expect(r.html).toBe('<p>A &#x3C;b>bold&#x3C;/b> claim.</p>\n<p>&#x3C;div>block&#x3C;/div></p>');
    expect(r.problems.map((p) => `${p.kind} ${p.line}:${p.column}`)).toEqual(['bad-syntax 1:3', 'bad-syntax 1:10', 'bad-syntax 3:1']);
  });

  it('turns GFM footnotes away in favour of citations', () => {
    const r = render('Text[^note].\n\n[^note]: A footnote.');
    expect(r.html).toContain('<mark class="unresolved"');
    expect(r.html).not.toContain('A footnote');
    expect(r.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:5', '3:1']);
  });

  it('leaves code alone', () => {
    const r = render('`[[Atlantis]]`\n\n```\n[^x#p-1]\n```');
    expect(r.problems).toEqual([]);
    expect(r.html).toContain('<code>[[Atlantis]]</code>');
  });
});
