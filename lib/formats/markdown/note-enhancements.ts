import type { Element, ElementContent, Properties } from 'hast';
import type { CitationTarget } from './types';

/**
 * What a brief's own page adds to its notes, and feeds and the editor's preview leave out: a
 * preview of the cited paragraph beside each note marker, and long quotations folded in the notes.
 * Both are plain HTML that CSS shows on hover, focus or a click on <summary>: no script.
 */
export interface RenderOptions {
  enhancedNotes?: boolean;
}

/** A quotation longer than this many words is folded in the notes; the fold shows the first LEAD_WORDS. */
export const LONG_QUOTE_WORDS = 70;
const LEAD_WORDS = 30;
/** A preview shows at most this many words of the paragraph (the note below quotes it all): the page stays light. */
export const PREVIEW_WORDS = 50;

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

export const previewId = (n: number, use = 1) => (use === 1 ? `preview-${n}` : `preview-${n}-${use}`);

export const permalinkOf = (target: CitationTarget) => `/articles/${target.articleSlug}#p-${target.position}`;

/**
 * The cited paragraph and its source, hidden until its marker is hovered or focused; the marker
 * names it with aria-describedby, and its source is a plain link to the paragraph's permalink.
 */
export function notePreview(target: CitationTarget, number: number, use: number): Element {
  return el('span', { className: ['note-preview'], id: previewId(number, use) }, [
    el('span', { className: ['preview-text'] }, [text(previewText(target.text))]),
    text(' '),
    el('span', { className: ['preview-source'] }, [el('a', { href: permalinkOf(target) }, [text(`${target.articleTitle}, paragraph ${target.position}`)])]),
  ]);
}

function previewText(value: string): string {
  const { lead, cut } = leadWords(value, PREVIEW_WORDS);
  return cut ? `${lead}…` : value;
}

/** The first `count` words of a text and whether any were left out, split at whitespace. */
export function leadWords(value: string, count: number): { lead: string; cut: boolean } {
  const words = value.trim().split(/\s+/).filter(Boolean);
  return { lead: words.slice(0, count).join(' '), cut: words.length > count };
}

export function wordCount(value: string): number {
  return value.trim().split(/\s+/).filter(Boolean).length;
}

/** The quotation of a note: folded behind <details> when long, its first words standing for it. */
export function noteQuote(value: string, enhanced: boolean): Element {
  const quote = el('blockquote', {}, [el('p', {}, [text(value)])]);
  const words = wordCount(value);
  if (!enhanced || words <= LONG_QUOTE_WORDS) return quote;
  const { lead } = leadWords(value, LEAD_WORDS);
  return el('details', { className: ['long-quote'] }, [
    el('summary', {}, [
      el('span', { className: ['quote-lead'] }, [text(`${lead}…`)]),
      text(' '),
      el('span', { className: ['quote-more'] }, [text(`Show the whole paragraph (${words} words)`)]),
      el('span', { className: ['quote-less'] }, [text('Fold the paragraph')]),
    ]),
    quote,
  ]);
}
