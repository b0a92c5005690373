import type { Options as Schema } from 'rehype-sanitize';

/**
 * rehype-sanitize prefixes every id (GitHub's `user-content-`) so text an editor controls, such
 * as a heading, can never clobber a global like `window.x` or an id of the page around the brief.
 * Our own ids pass through the same gate, so in-brief links must point at the prefixed id.
 */
export const ID_PREFIX = 'user-content-';

export const noteId = (n: number) => `note-${n}`;
export const refId = (n: number, use = 1) => (use === 1 ? `ref-${n}` : `ref-${n}-${use}`);
/** An in-page link to an id we set before sanitizing. */
export const hashFor = (id: string) => `#${ID_PREFIX}${id}`;

const HEADING_ID: [string, RegExp] = ['id', /^[a-z0-9][a-z0-9-]*$/];
const heading = [HEADING_ID];

/**
 * Only what Markdown, GFM and our own notes produce; raw HTML never reaches this point, so the
 * schema is a second wall: no style, no event handlers, no forms, no embedded content but `img`.
 */
export const briefSchema: Schema = {
  tagNames: [
    'a', 'blockquote', 'br', 'code', 'del', 'details', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img',
    'input', 'li', 'mark', 'ol', 'p', 'pre', 'section', 'span', 'strong', 'summary', 'sup', 'table', 'tbody', 'td', 'th',
    'thead', 'tr', 'ul',
  ],
  attributes: {
    a: ['href', 'title', ['id', /^ref-\d+(?:-\d+)?$/], ['className', 'entity', 'back-ref', 'text-fragment'], 'ariaLabel', ['ariaDescribedBy', /^preview-\d+(?:-\d+)?$/]],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+#.-]{1,40}$/]],
    h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading,
    li: [['id', /^note-\d+$/], ['className', 'task-list-item']],
    ol: [['start', /^\d{1,9}$/], ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    input: [['type', 'checkbox'], ['checked', true], ['disabled', true]],
    td: [['align', 'left', 'center', 'right']],
    th: [['align', 'left', 'center', 'right']],
    section: [['className', 'notes'], ['ariaLabel', 'Sources']],
    p: [['className', 'note-source', 'note-changed']],
    sup: [['className', 'note-ref']],
    mark: [['className', 'unresolved'], 'title'],
    div: [['dataFigure', /^\d+$/]],
    span: [['id', /^preview-\d+(?:-\d+)?$/], ['className', 'note-preview', 'preview-text', 'preview-source', 'quote-lead', 'quote-more', 'quote-less']],
    details: [['className', 'long-quote']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  clobberPrefix: ID_PREFIX,
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'] },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'],
};
