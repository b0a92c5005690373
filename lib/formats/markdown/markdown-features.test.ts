import { describe, expect, it } from 'vitest';
import { renderBrief, renderPlain } from './render-brief';
import { fakeResolvers } from '@/scripts/testing/fake-resolvers';

const html = (markdown: string) => renderBrief(markdown, fakeResolvers()).html;

describe('GFM in briefs', () => {
  it('renders emphasis, strong, strikethrough, code and literal autolinks', () => {
    expect(html('*a* **b** ~~c~~ `d` https://example.com/x')).toBe(
      '<p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code> <a href="https://example.com/x">https://example.com/x</a></p>',
    );
  });

  it('renders tables with alignment', () => {
    expect(html('| Year | Drills |\n|:-----|------:|\n| 2022 | 4 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Year</th>\n<th align="right">Drills</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">2022</td>\n<td align="right">4</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('renders ordered, bullet and task lists', () => {
    expect(html('3. three\n4. four')).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>');
    expect(html('- [x] done\n- [ ] open')).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n' +
        '<li class="task-list-item"><input type="checkbox" disabled> open</li>\n</ul>',
    );
  });

  it('keeps safe links, images and a fenced code language', () => {
    expect(html('[a](https://example.com "T") [m](mailto:x@example.com) [r](/articles/x#p-2) [u](HTTPS://EXAMPLE.COM)')).toBe(
      '<p><a href="https://example.com" title="T">a</a> <a href="mailto:x@example.com">m</a> <a href="/articles/x#p-2">r</a> <a href="https://EXAMPLE.COM">u</a></p>',
    );
    expect(html('![map](https://example.com/m.png)')).toBe('<p><img src="https://example.com/m.png" alt="map"></p>');
    expect(html('```ts\nconst a = 1;\n```')).toBe('<pre><code class="language-ts">const a = 1;\n</code></pre>');
  });
});

describe('heading ids', () => {
  it('gives headings unique slug ids, prefixed like every id in a brief', () => {
    const out = html('# Background\n\n## Background\n\n### Почему Ақтау? [^csto-summit#p-1]\n\n## Note 1\n\n## ***');
    expect(out).toContain('<h1 id="user-content-background">');
    expect(out).toContain('<h2 id="user-content-background-1">');
    expect(out).toContain('<h3 id="user-content-pochemu-aqtau">');
    expect(out).toContain('<h2 id="user-content-section-note-1">');
  });

  it('falls back to "section" for headings without words', () => {
    expect(html('## ?!')).toBe('<h2 id="user-content-section">?!</h2>');
  });
});

describe('figure directives', () => {
  it('keeps a valid directive and renders a placeholder indexing `figures`', () => {
    const r = renderBrief(
      'Intro.\n\n::figure{kind="network" era="both" countries="uzbekistan,kazakhstan"}\n\n::figure{kind="map" era="post-2022" from="2022" to="2024"}',
      fakeResolvers(),
    );
    expect(r.html).toBe('<p>Intro.</p>\n<div data-figure="0"></div>\n<div data-figure="1"></div>');
    expect(r.figures).toEqual([
      { kind: 'network', era: 'both', countries: ['kazakhstan', 'uzbekistan'], line: 3 },
      { kind: 'map', era: 'post-2022', countries: [], fromYear: 2022, toYear: 2024, line: 5 },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reports an unknown kind as unknown-figure and shows the line marked', () => {
    const r = renderBrief('::figure{kind="pie"}', fakeResolvers());
    expect(r.problems).toEqual([{ kind: 'unknown-figure', line: 1, column: 1, message: expect.stringContaining('"pie"') }]);
    expect(r.html).toContain('<mark class="unresolved"');
    expect(r.figures).toEqual([]);
  });

  it('reports countries and an organization the knowledge base lacks, and draws no figure for them', () => {
    const r = renderBrief(
      'Intro.\n\n::figure{kind="network" countries="kazakstan,russia,tajikistan" org="sco"}\n\n::figure{kind="map" countries="kazakhstan" org="csto"}',
      fakeResolvers(),
    );
    expect(r.problems).toEqual([
      {
        kind: 'unknown-figure',
        line: 3,
        column: 1,
        message: 'Unknown countries "kazakstan", "tajikistan" and organization "sco" in the figure: the knowledge base has none by that slug (the end of its page address, as kazakhstan in /countries/kazakhstan).',
      },
    ]);
    expect(r.figures).toEqual([{ kind: 'map', era: 'both', countries: ['kazakhstan'], organization: 'csto', line: 5 }]);
    expect(r.html).toContain('<mark class="unresolved" title="Invalid figure">');
    expect(r.html).toContain('<div data-figure="0"></div>');
    expect(r.html).not.toContain('data-figure="1"');
  });

  it('names a single unknown country or organization as such', () => {
    const message = (line: string) => renderBrief(line, fakeResolvers()).problems[0]?.message;
    expect(message('::figure{kind="table" countries="narnia"}')).toMatch(/^Unknown country "narnia" in the figure/);
    expect(message('::figure{kind="table" org="nato"}')).toMatch(/^Unknown organization "nato" in the figure/);
  });

  it('leaves figures unchecked when the resolvers do not check them (a published revision)', () => {
    const { figureScope: _unused, ...published } = fakeResolvers();
    const r = renderBrief('::figure{kind="table" countries="narnia"}', published);
    expect(r.problems).toEqual([]);
    expect(r.figures).toHaveLength(1);
  });

  it('reports a directive glued to a paragraph', () => {
    const r = renderBrief('Some text\n::figure{kind="map"}', fakeResolvers());
    expect(r.problems).toEqual([{ kind: 'bad-syntax', line: 2, column: 1, message: expect.stringContaining('own line') }]);
    expect(r.figures).toEqual([]);
  });
});

describe('renderPlain', () => {
  it('renders GFM safely and leaves brief syntax as typed', () => {
    expect(renderPlain('**Bold** [[Unity-2024]] [^csto-summit#p-1] <script>alert(1)</script>\n\n::figure{kind="map"}')).toBe(
      '<p><strong>Bold</strong> [[Unity-2024]] [^csto-summit#p-1] &#x3C;script>alert(1)&#x3C;/script></p>\n<p>::figure{kind="map"}</p>',
    );
  });

  it('adds no ids and drops unsafe links', () => {
    expect(renderPlain('# Head\n\n[x](javascript:alert(1))')).toBe('<h1>Head</h1>\n<p><a>x</a></p>');
  });
});

describe('code fences', () => {
  it('drops a language class the schema refuses instead of leaving class=""', () => {
    expect(renderPlain('```js"x\ncode\n```')).toBe('<pre><code>code\n</code></pre>');
  });
});
