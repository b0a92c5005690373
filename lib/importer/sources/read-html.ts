import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMeta, type MetaDocument } from './html-meta';
import { reconcileTitle } from './html-title';
import type { Hint, SourceDocument } from './types';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'FORM', 'SELECT', 'INPUT', 'TEXTAREA']);
const CAPTIONS = new Set(['FIGCAPTION', 'CAPTION']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'HEADER', 'FOOTER', 'ASIDE']);
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-label*="cookie" i], .cookie, #cookie-banner';
const MAX_REMOVED = 40;
const MAX_REMOVED_CHARS = 160;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();
const short = (s: string): string => (s.length > MAX_REMOVED_CHARS ? `${s.slice(0, MAX_REMOVED_CHARS - 1)}…` : s);

const hasBlock = (n: DomNode): boolean =>
  Array.from(n.childNodes).some((c) => c.nodeType === 1 && (BLOCKS.has(c.nodeName) || CONTAINERS.has(c.nodeName) || CAPTIONS.has(c.nodeName) || hasBlock(c)));

/** Block elements as paragraphs; inline runs between blocks form a paragraph of their own. */
function blocks(root: DomNode, out: string[], removed: string[]): void {
  let inline = '';
  const flush = () => {
    const t = squash(inline);
    if (t) out.push(t);
    inline = '';
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) continue;
    if (node.nodeName === 'BR') {
      flush();
      continue;
    }
    if (CAPTIONS.has(node.nodeName)) {
      const t = squash(node.textContent ?? '');
      if (t) removed.push(`Caption: ${short(t)}`);
      continue;
    }
    if (BLOCKS.has(node.nodeName)) {
      flush();
      const inner: string[] = [];
      blocks(node, inner, removed);
      out.push(...inner);
      continue;
    }
    if (CONTAINERS.has(node.nodeName) || hasBlock(node)) {
      flush();
      blocks(node, out, removed);
      flush();
    } else {
      inline += node.textContent ?? '';
    }
  }
  flush();
}

/** The charset a saved page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/**
 * A saved web page to the article's text: metadata from the page's own tags, the main content
 * through Readability (made for exactly this), flattened to paragraphs. Scripts and markup never
 * leave this function: the result is plain text, so hostile HTML cannot reach a reader.
 */
export function readHtml(html: string, address: string | null = null): SourceDocument {
  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document as unknown as MetaDocument);
  const removed: string[] = [];
  for (const el of Array.from(document.querySelectorAll(FURNITURE)).slice(0, MAX_REMOVED)) {
    const t = squash(el.textContent ?? '');
    if (t) removed.push(short(t));
  }
  const h1 = squash(document.querySelector('h1')?.textContent ?? '');
  const titleTag = squash(document.querySelector('title')?.textContent ?? '');
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const notes: string[] = [];
  const paragraphs: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    blocks(content.body as unknown as DomNode, paragraphs, removed);
  } else {
    notes.push('The page has no recognisable main content; its whole text was read');
    blocks(document.body as unknown as DomNode, paragraphs, removed);
  }
  const readTitle = squash(article?.title ?? '');
  const pageAddress = address ?? (document.querySelector('meta[property="og:url"]')?.getAttribute('content') || document.querySelector('link[rel="canonical"]')?.getAttribute('href') || null);
  const { title, siteFromTitle } = reconcileTitle({ meta: meta.title, h1, titleTag: titleTag || readTitle, siteName: meta.publication?.value ?? null, address: pageAddress });
  // The site's name beside the headline in <title>, checked against the address, when nothing else names it.
  const publication: Hint<string> | undefined = meta.publication ?? (siteFromTitle ? { value: siteFromTitle, source: 'title-tag' } : undefined);
  // Readability's byline is text the page shows next to the headline: the text reader checks it.
  const byline = squash(article?.byline ?? '');
  const body = [...(byline && !meta.authors ? [byline] : []), ...paragraphs].join('\n\n');
  const own = pageAddress && /^https?:\/\//i.test(pageAddress) && URL.canParse(pageAddress) ? new URL(pageAddress).toString() : null;
  return { format: 'html', body, hints: { ...meta, title, publication, ...(own ? { address: own } : {}) }, removed, notes };
}
