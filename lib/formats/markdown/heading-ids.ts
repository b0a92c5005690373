import slugify from '@sindresorhus/slugify';
import type { Element, ElementContent, Nodes, Root } from 'hast';

const HEADING = /^h[1-6]$/;
// As lib/importer/slug.ts spells article slugs (not exported there): Central Asian Cyrillic
// letters the transliterator would drop, and Turkic ü/ö/ä it would spell the German way.
const CENTRAL_ASIAN: [string, string][] = [
  ['Ü', 'U'], ['ü', 'u'], ['Ö', 'O'], ['ö', 'o'], ['Ä', 'A'], ['ä', 'a'],
  ['Қ', 'Q'], ['қ', 'q'], ['Ғ', 'G'], ['ғ', 'g'], ['Ң', 'N'], ['ң', 'n'], ['Ө', 'O'], ['ө', 'o'],
  ['Ү', 'U'], ['ү', 'u'], ['Ұ', 'U'], ['ұ', 'u'], ['Һ', 'H'], ['һ', 'h'], ['Ә', 'A'], ['ә', 'a'],
  ['І', 'I'], ['і', 'i'], ['Ҷ', 'J'], ['ҷ', 'j'], ['Ҳ', 'H'], ['ҳ', 'h'], ['Ў', 'O'], ['ў', 'o'],
];
// Our own ids; a heading called "Note 1" must not take one.
const RESERVED = /^(?:note|ref)-\d+(?:-\d+)?$/;

function textOf(nodes: readonly ElementContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    // A note number is not part of the heading's words.
    else if (node.type === 'element' && !(node.tagName === 'sup' && node.properties.className)) out += textOf(node.children);
  }
  return out;
}

function headingSlug(heading: Element): string {
  const slug = slugify(textOf(heading.children), { decamelize: false, customReplacements: CENTRAL_ASIAN }).slice(0, 80).replace(/-+$/, '');
  if (!slug) return 'section';
  return RESERVED.test(slug) ? `section-${slug}` : slug;
}

/** GitHub-style ids (`background`, `background-1`) so readers can link to a section. */
export function addHeadingIds(tree: Root): void {
  const used = new Set<string>();
  const visit = (nodes: readonly Nodes[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && HEADING.test(node.tagName)) {
        const base = headingSlug(node);
        let id = base;
        for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        node.properties.id = id;
      } else if ('children' in node) visit(node.children);
    }
  };
  visit([tree]);
}
