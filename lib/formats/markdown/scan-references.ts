import type { Nodes } from 'mdast';
import { neutralizeMarkdown } from './neutralize-markdown';
import { parseMarkdown } from './pipeline';
import { citationKey, findReferenceTokens } from './reference-syntax';
import type { CitationRef, ScannedReferences } from './types';

/** What a render of `markdown` will ask the resolvers for, so the caller can load it in one query each. */
export function scanReferences(markdown: string): ScannedReferences {
  const tree = parseMarkdown(markdown);
  neutralizeMarkdown(tree);
  const citations = new Map<string, CitationRef>();
  const entities = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      for (const token of findReferenceTokens(node.value)) {
        if (token.kind === 'citation') {
          const key = citationKey(token.articleSlug, token.position);
          if (!citations.has(key)) citations.set(key, { articleSlug: token.articleSlug, position: token.position });
        } else if (token.kind === 'entity') entities.add(token.name);
      }
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return { citations: [...citations.values()], entities: [...entities] };
}
