import { describe, expect, it } from 'vitest';
import { renderBrief, renderPlain } from './render-brief';
import { tokenizeHtml } from '@/scripts/testing/tokenize-html';
import type { Resolvers } from './types';
import { XSS_PAYLOADS } from '@/scripts/testing/xss-corpus';

// Written out here rather than read from the sanitize schema, so a loosened schema fails the test.
const ALLOWED: Record<string, readonly string[]> = {
  a: ['href', 'title', 'id', 'class', 'aria-label'],
  img: ['src', 'alt', 'title'],
  code: ['class'],
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  li: ['id', 'class'],
  ol: ['start', 'class'],
  ul: ['class'],
  input: ['type', 'checked', 'disabled'],
  td: ['align'],
  th: ['align'],
  section: ['class', 'aria-label'],
  p: ['class'],
  sup: ['class'],
  mark: ['class', 'title'],
  div: ['data-figure'],
  blockquote: [], br: [], del: [], em: [], hr: [], pre: [], strong: [], table: [], tbody: [], thead: [], tr: [],
};
const CLASSES = /^(?:entity|back-ref|text-fragment|task-list-item|contains-task-list|notes|note-source|note-changed|note-ref|unresolved|language-[\w+#.-]+)$/;
const FORBIDDEN_TAG = /<\/?(?:script|iframe|object|embed|form|meta|style|link|base|svg|math|template|noscript)\b/i;

/** What a browser would make of a URL's scheme: it ignores ASCII whitespace and controls inside it. */
function scheme(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? null;
}

function violations(html: string): string[] {
  const found: string[] = [];
  const { startTags, declarations, markup } = tokenizeHtml(html);
  if (/<script/i.test(markup)) found.push('<script');
  if (FORBIDDEN_TAG.test(markup)) found.push(`forbidden tag ${FORBIDDEN_TAG.exec(markup)?.[0]}`);
  for (const d of declarations) found.push(`declaration ${d}`);
  for (const { name, attributes } of startTags) {
    const allowed = ALLOWED[name];
    if (!allowed) {
      found.push(`element <${name}>`);
      continue;
    }
    for (const [attr, value] of attributes) {
      if (/^on/.test(attr)) found.push(`event handler ${attr} on <${name}>`);
      if (!allowed.includes(attr)) found.push(`attribute ${attr} on <${name}>`);
      if (attr === 'href' || attr === 'src') {
        const s = scheme(value);
        if (s !== null && !['http', 'https', 'mailto'].includes(s)) found.push(`${attr}="${value}" (${s}:)`);
      }
      if (attr === 'id' && !value.startsWith('user-content-')) found.push(`unprefixed id ${value}`);
      if (attr === 'class') for (const c of value.split(/\s+/).filter(Boolean)) if (!CLASSES.test(c)) found.push(`class ${c}`);
    }
  }
  return found;
}

// The database is a source of hostile text too: an imported article's title, a paragraph, an alias.
const hostileResolvers: Resolvers = {
  citation: (articleSlug, position) => ({
    articleSlug,
    articleTitle: `<script>alert(1)</script>"><img src=x onerror=alert(1)>`,
    position,
    text: `<img src=x onerror=alert(1)> ' " <svg onload=alert(1)>`,
    quote: `"><svg onload=alert(1)> javascript:alert(1)`,
  }),
  entity: (name) => ({ href: name.startsWith('/') ? name : `javascript:alert(1)//${name}`, name: `<b onmouseover=alert(1)>${name}</b>` }),
  figureScope: () => true,
};
const emptyResolvers: Resolvers = { citation: () => null, entity: () => null, figureScope: () => false };

const renderings = (markdown: string): [string, string][] => [
  ['renderBrief (everything resolves)', renderBrief(markdown, hostileResolvers).html],
  ['renderBrief (nothing resolves)', renderBrief(markdown, emptyResolvers).html],
  ['renderPlain', renderPlain(markdown)],
];

describe('XSS corpus', () => {
  it('has at least 40 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(XSS_PAYLOADS.map((p) => [p]))('renders %j inertly', (payload) => {
    for (const [how, html] of renderings(payload)) expect(violations(html), `${how}:\n${html}`).toEqual([]);
  });

  it('renders the whole corpus as one brief inertly, as the browser test does', () => {
    for (const [how, html] of renderings(XSS_PAYLOADS.join('\n\n'))) expect(violations(html), how).toEqual([]);
  });

  it('resolver output cannot smuggle a javascript: link either', () => {
    const { html } = renderBrief('[[Kazakhstan]] [^a#p-1]', hostileResolvers);
    // Dropped, not rewritten: the entity shows as an anchor without a target.
    expect(html).toContain('<a title="<b onmouseover=alert(1)>Kazakhstan</b>" class="entity">Kazakhstan</a>');
    expect(html).not.toMatch(/href="javascript/i);
  });

  it('the checker itself catches what it should', () => {
    expect(violations('<a href=" JAVA\tSCRIPT:x">x</a>')).toEqual(['href=" JAVA\tSCRIPT:x" (javascript:)']);
    expect(violations('<p/onclick=x>')).toEqual(['event handler onclick on <p>', 'attribute onclick on <p>']);
    expect(violations('<img src="data:x" style="x">')).toEqual(['src="data:x" (data:)', 'attribute style on <img>']);
    expect(violations('<h2 id="top">')).toEqual(['unprefixed id top']);
    expect(violations('<mark title="<script>">x</mark><SCRIPT>')).toEqual(['<script', 'forbidden tag <SCRIPT', 'element <script>']);
  });
});
