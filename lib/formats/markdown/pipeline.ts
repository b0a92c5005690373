import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { briefSchema } from './sanitize-schema';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/** The sanitizer empties a class list it rejects (a code fence's odd language) rather than removing it. */
function dropEmptyClassNames(node: HastNodes): void {
  if (node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.length === 0) {
    delete node.properties.className;
  }
  if ('children' in node) node.children.forEach(dropEmptyClassNames);
}

/**
 * mdast → sanitized HTML. `decorate` runs before sanitizing, so whatever it adds passes the same
 * schema as the editor's text. remark-rehype drops any raw HTML left (allowDangerousHtml is off).
 */
export function toSafeHtml(tree: MdastRoot, decorate: (tree: HastRoot) => void = () => {}): string {
  const processor = unified()
    .use(remarkRehype)
    .use(() => decorate)
    .use(rehypeSanitize, briefSchema)
    .use(() => dropEmptyClassNames)
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(tree));
}
