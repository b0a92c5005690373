import type { Element } from 'hast';
import type { Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { BriefState } from './brief-state';
import { looksLikeDirective, parseFigureDirective } from './figure-directive';
import { findReferenceTokens, type ReferenceToken } from './reference-syntax';
import { notePreview, previewId } from './note-enhancements';
import { hashFor, noteId, refId } from './sanitize-schema';
import type { CitationTarget } from './types';

const LINKS = new Set(['link', 'linkReference']);

/**
 * Shown in place of anything that could not be linked: visible in the preview, never a broken
 * link. The tooltip is a fixed label; the full message (quoting the editor's text) goes to `problems`.
 */
function unresolved(raw: string, label: string): Text {
  return { type: 'text', value: raw, data: { hName: 'mark', hProperties: { className: ['unresolved'], title: label } } };
}

function noteRef(number: number, use: number, preview: CitationTarget | null): Text {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: hashFor(noteId(number)), id: refId(number, use), ...(preview ? { ariaDescribedBy: [previewId(number, use)] } : {}) },
    children: [{ type: 'text', value: String(number) }],
  };
  return {
    type: 'text',
    value: '',
    data: {
      hName: 'sup',
      hProperties: { className: ['note-ref'] },
      hChildren: preview ? [link, notePreview(preview, number, use)] : [link],
    },
  };
}

function tokenNode(state: BriefState, token: ReferenceToken, node: Text, inLink: boolean): PhrasingContent {
  const at = state.map.locate(node, node.value, token.index, token.raw);
  if (token.kind === 'malformed') {
    state.report('bad-syntax', at, token.message);
    return unresolved(token.raw, 'Malformed citation or entity link');
  }
  if (inLink) {
    state.report('bad-syntax', at, `${token.raw} cannot sit inside a link; move it out of the link text.`);
    return unresolved(token.raw, 'Not allowed inside a link');
  }
  if (token.kind === 'citation') {
    const cited = state.cite(token.articleSlug, token.position);
    if (cited) return noteRef(cited.note.number, cited.use, state.enhancedNotes ? cited.note.target : null);
    state.report('unknown-citation', at, `Unknown source ${token.raw}: no paragraph ${token.position} in an article "${token.articleSlug}".`);
    return unresolved(token.raw, 'Unknown source');
  }
  const target = state.entity(token.name);
  if (!target) {
    state.report('unknown-entity', at, `Unknown entity "${token.name}": no entity has this name or alias.`);
    return unresolved(token.raw, 'Unknown entity');
  }
  const link: Link = {
    type: 'link',
    url: target.href,
    ...(token.display !== target.name ? { title: target.name } : {}),
    children: [{ type: 'text', value: token.display }],
    data: { hProperties: { className: ['entity'] } },
  };
  return link;
}

function expandText(state: BriefState, node: Text, inLink: boolean): PhrasingContent[] {
  const tokens = findReferenceTokens(node.value);
  if (tokens.length === 0) return [node];
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.index > at) out.push({ type: 'text', value: node.value.slice(at, token.index) });
    out.push(tokenNode(state, token, node, inLink));
    at = token.index + token.raw.length;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

/** A paragraph that is a directive line becomes a figure placeholder (or a reported problem). */
function figureParagraph(state: BriefState, paragraph: Paragraph): RootContent | null {
  const src = state.map.slice(paragraph);
  if (!src) return null;
  const lines = src.text.split('\n');
  const directive = lines.findIndex(looksLikeDirective);
  if (directive === -1) return null;
  const start = state.map.point(src.start);
  if (lines.length > 1) {
    const at = { line: start.line + directive, column: 1 };
    state.report('bad-syntax', at, 'A ::figure directive must stand on its own line, with a blank line before and after it.');
    return null;
  }
  const parsed = parseFigureDirective(src.text, start.line);
  const problem = parsed.ok ? state.figureScopeProblem(parsed.value) : null;
  if (!parsed.ok || problem) {
    state.report(parsed.ok ? 'unknown-figure' : parsed.kind, start, parsed.ok ? (problem ?? '') : parsed.message);
    return { type: 'paragraph', children: [unresolved(src.text.trim(), 'Invalid figure')] };
  }
  state.figures.push(parsed.value);
  // The placeholder carries the index into `figures`; the caller swaps in the real figure.
  const index = String(state.figures.length - 1);
  return { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { dataFigure: index } } };
}

/** Replaces citations, entity links and figure directives with what they render as. */
export function linkReferences(tree: Root, state: BriefState): void {
  const visit = (parent: Parent, inLink: boolean) => {
    const next: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text' && !child.data?.hName) next.push(...expandText(state, child, inLink));
      else if (child.type === 'paragraph') next.push(figureParagraph(state, child) ?? child);
      else next.push(child);
    }
    parent.children = next;
    for (const child of parent.children) {
      if ('children' in child && child.data?.hName === undefined) visit(child, inLink || LINKS.has(child.type));
    }
  };
  visit(tree, false);
}
