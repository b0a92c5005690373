import type { Element, ElementContent, Properties } from 'hast';
import type { Note } from './brief-state';
import { noteQuote, permalinkOf } from './note-enhancements';
import { hashFor, noteId, refId } from './sanitize-schema';

export const CHANGED_SOURCE_NOTICE = 'The source has been corrected since this was cited.';
const FRAGMENT_WORDS = 4;

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** Text fragments give `-`, `,` and `&` a meaning, so they are escaped beyond encodeURIComponent. */
function fragmentPart(words: string[]): string {
  return encodeURIComponent(words.join(' ')).replace(/-/g, '%2D');
}

/**
 * `#p-3:~:text=…` scrolls to and highlights the excerpt in browsers that support text
 * fragments; a long excerpt is given by its first and last words (textStart,textEnd).
 */
export function textFragmentHref(permalink: string, quote: string): string | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const target =
    words.length <= FRAGMENT_WORDS * 2
      ? fragmentPart(words)
      : `${fragmentPart(words.slice(0, FRAGMENT_WORDS))},${fragmentPart(words.slice(-FRAGMENT_WORDS))}`;
  return `${permalink}:~:text=${target}`;
}

function noteItem({ number, target }: Note, enhanced: boolean): Element {
  const permalink = permalinkOf(target);
  const source: ElementContent[] = [
    el('a', { href: permalink }, [text(target.articleTitle)]),
    text(`, paragraph ${target.position}`),
  ];
  // After a correction the excerpt may no longer be on the page, so no highlight is offered.
  const fragment = target.quote && !target.changed ? textFragmentHref(permalink, target.quote) : null;
  if (fragment) source.push(text(' ('), el('a', { href: fragment, className: ['text-fragment'] }, [text('highlight the passage')]), text(')'));
  source.push(text(' '), el('a', { href: hashFor(refId(number)), className: ['back-ref'], ariaLabel: `Back to reference ${number}` }, [text('↩')]));

  const children: ElementContent[] = [
    noteQuote(target.text, enhanced),
    el('p', { className: ['note-source'] }, source),
  ];
  if (target.changed) children.push(el('p', { className: ['note-changed'] }, [text(CHANGED_SOURCE_NOTICE)]));
  return el('li', { id: noteId(number) }, children);
}

/** The numbered source notes closing a brief; each quotes the paragraph as it was cited. */
export function notesSection(notes: readonly Note[], enhanced = false): Element | null {
  if (notes.length === 0) return null;
  return el('section', { className: ['notes'], ariaLabel: 'Sources' }, [el('ol', {}, notes.map((n) => noteItem(n, enhanced)))]);
}
