/**
 * Escape hides an open note preview (WCAG 1.4.13: content shown on hover or focus can be dismissed
 * without moving the pointer or the focus). The preview itself is CSS (lib/formats/markdown/
 * note-enhancements.ts) and works without script; this only marks its marker dismissed, which
 * brief-prose.tsx hides, until the pointer and the focus have both left the marker. Focus stays on
 * the marker (or comes back to it from the preview's source link).
 */
export const DISMISSED = 'data-preview-dismissed';

const MARKER = 'sup.note-ref';

function markerOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARKER) : null;
}

/** Listens on `doc` for as long as the returned function is not called. */
export function watchNotePreviews(doc: Document): () => void {
  // Tracked from events rather than read from :hover, which a synthetic event cannot move.
  let hovered: Element | null = null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const open = new Set([markerOf(doc.activeElement), hovered].filter((m): m is Element => m !== null && m.querySelector('.note-preview') !== null));
    for (const marker of open) {
      marker.setAttribute(DISMISSED, '');
      // From the preview's own source link, focus goes back to the marker, as from any popup.
      if (doc.activeElement?.closest('.note-preview') && marker.contains(doc.activeElement)) marker.querySelector<HTMLElement>(':scope > a')?.focus();
    }
  };
  const onMouseOver = (event: MouseEvent) => {
    hovered = markerOf(event.target);
  };
  const onMouseOut = (event: MouseEvent) => {
    const left = markerOf(event.target);
    if (!left || left.contains(event.relatedTarget as Node | null)) return;
    if (hovered === left) hovered = null;
    if (!left.contains(doc.activeElement)) left.removeAttribute(DISMISSED);
  };
  const onFocusOut = (event: FocusEvent) => {
    const left = markerOf(event.target);
    if (!left || left.contains(event.relatedTarget as Node | null)) return;
    if (hovered !== left) left.removeAttribute(DISMISSED);
  };

  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('mouseover', onMouseOver);
  doc.addEventListener('mouseout', onMouseOut);
  doc.addEventListener('focusout', onFocusOut);
  return () => {
    doc.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('mouseover', onMouseOver);
    doc.removeEventListener('mouseout', onMouseOut);
    doc.removeEventListener('focusout', onFocusOut);
  };
}
