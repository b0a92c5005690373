'use client';

import { useEffect, useRef } from 'react';

/**
 * The timeline's sideways scroller, opened on the era boundary. Without JavaScript the row-reverse
 * flex box starts scrolled to its right end, where the boundary lies for a record that runs to the
 * present; with it, the boundary is put in the middle of the window whatever the range.
 */
export function TimelineWindow({ focus, label, children }: { focus: number; label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const overflow = el.scrollWidth - el.clientWidth;
    if (overflow <= 0) return;
    const wanted = Math.min(overflow, Math.max(0, focus * el.scrollWidth - el.clientWidth / 2));
    // In a row-reverse box the scroll origin is the right end and scrollLeft runs negative from it.
    el.scrollLeft = getComputedStyle(el).flexDirection === 'row-reverse' ? wanted - overflow : wanted;
  }, [focus]);
  return (
    // A scrollable region must be reachable by keyboard to be scrolled by it.
    <div ref={ref} tabIndex={0} role="region" aria-label={label} className="flex flex-row-reverse overflow-x-auto" data-timeline-window>
      {children}
    </div>
  );
}
