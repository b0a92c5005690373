import { BriefState } from './brief-state';
import type { FigureDirective } from './figure-directive';
import { addHeadingIds } from './heading-ids';
import { linkReferences } from './link-references';
import { neutralizeMarkdown } from './neutralize-markdown';
import type { RenderOptions } from './note-enhancements';
import { notesSection } from './notes-section';
import { parseMarkdown, toSafeHtml } from './pipeline';
import { SourceMap } from './source-map';
import type { CitationTarget, MarkdownProblem, Resolvers } from './types';

export interface RenderedBrief {
  /** Sanitized HTML; ids carry rehype-sanitize's `user-content-` prefix (see ID_PREFIX). */
  html: string;
  /** In source order. Publishing should be refused while there are any. */
  problems: MarkdownProblem[];
  /** The cited paragraphs, in note order (note n is `citations[n - 1]`). */
  citations: CitationTarget[];
  /** Valid figure directives; `<div data-figure="i">` in the HTML stands for `figures[i]`. */
  figures: FigureDirective[];
}

export function renderBrief(markdown: string, resolvers: Resolvers, { enhancedNotes = false }: RenderOptions = {}): RenderedBrief {
  const state = new BriefState(new SourceMap(markdown), resolvers, enhancedNotes);
  const tree = parseMarkdown(markdown);
  neutralizeMarkdown(tree, (node, message) => {
    state.report('bad-syntax', { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }, message);
  });
  linkReferences(tree, state);
  const html = toSafeHtml(tree, (hast) => {
    addHeadingIds(hast);
    const notes = notesSection(state.notes, enhancedNotes);
    if (notes) hast.children.push({ type: 'text', value: '\n' }, notes);
  });
  return { html, problems: state.sortedProblems(), citations: state.notes.map((n) => n.target), figures: state.figures };
}

/**
 * Markdown to safe HTML for summaries and metadata: GFM and sanitizing only, so citations,
 * entity links and directives stay as the text the editor typed.
 */
export function renderPlain(markdown: string): string {
  const tree = parseMarkdown(markdown);
  neutralizeMarkdown(tree);
  return toSafeHtml(tree);
}
