import type { Nodes } from 'mdast';
import { looksLikeDirective, parseFigureDirective } from './figure-directive';
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
  return { citations: [...citations.values()], entities: [...entities], figureScope: scanFigureScope(markdown) };
}

/** Every line that reads as a figure directive (one in a code block too: loading a slug more is harmless). */
function scanFigureScope(markdown: string): ScannedReferences['figureScope'] {
  const countries = new Set<string>();
  const organizations = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!looksLikeDirective(line)) continue;
    const parsed = parseFigureDirective(line, 0);
    if (!parsed.ok) continue;
    parsed.value.countries.forEach((c) => countries.add(c));
    if (parsed.value.organization) organizations.add(parsed.value.organization);
  }
  return { countries: [...countries], organizations: [...organizations] };
}
