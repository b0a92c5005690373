import type { Nodes, Parent, Root, RootContent, Text } from 'mdast';

export interface SyntaxReport {
  (node: Nodes, message: string): void;
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function hasChildren(node: Nodes): node is Nodes & Parent {
  return 'children' in node;
}

function asText(node: Nodes, value: string): Text {
  return { type: 'text', value, ...(node.position ? { position: node.position } : {}) };
}

// rehype-sanitize compares schemes case-sensitively, so `HTTPS://…` would lose its href while
// `JavaScript:` is dropped either way: lowering the scheme only rescues legitimate links.
function lowerScheme(url: string): string {
  return url.replace(SCHEME, (scheme) => scheme.toLowerCase());
}

/** Adjacent text (e.g. around former raw HTML) becomes one node, so `[[…]]` split by a tag is still seen whole. */
function mergeText(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (child.type === 'text' && last?.type === 'text') {
      const merged: Text = { type: 'text', value: last.value + child.value };
      if (last.position && child.position) merged.position = { start: last.position.start, end: child.position.end };
      out[out.length - 1] = merged;
    } else out.push(child);
  }
  return out;
}

function neutralizeChild(child: RootContent, parent: Parent, report: SyntaxReport): RootContent[] {
  switch (child.type) {
    case 'html': {
      // Raw HTML is never passed through: it is shown as the text the editor typed.
      report(child, 'Raw HTML is not allowed in a brief; it is shown as plain text.');
      const text = asText(child, child.value);
      if (PHRASING_PARENTS.has(parent.type)) return [text];
      return [{ type: 'paragraph', children: [text], ...(child.position ? { position: child.position } : {}) }];
    }
    case 'footnoteDefinition':
      report(child, 'Footnotes are not supported: cite a source paragraph as [^article-slug#p-N].');
      return [];
    case 'footnoteReference':
      // GFM only parses `[^x]` as a footnote call when `[^x]: …` is defined; as text it is a citation.
      return [asText(child, `[^${child.label ?? child.identifier}]`)];
    case 'link':
    case 'image':
    case 'definition':
      child.url = lowerScheme(child.url);
      return [child];
    default:
      return [child];
  }
}

/**
 * Brings GFM down to what briefs support, before any rendering: raw HTML becomes visible text,
 * footnotes give way to citations, and link schemes are normalized.
 */
export function neutralizeMarkdown(tree: Root, report: SyntaxReport = () => {}): void {
  const visit = (parent: Parent) => {
    const next: RootContent[] = [];
    for (const child of parent.children) next.push(...neutralizeChild(child, parent, report));
    parent.children = mergeText(next);
    for (const child of parent.children) if (hasChildren(child)) visit(child);
  };
  visit(tree);
}
