import { splitMarked } from '@/lib/search/highlight';

/** Renders ts_headline output: every run is text (escaped by React), matches inside <mark>. */
export function HighlightedText({ marked }: { marked: string }) {
  return (
    <>
      {splitMarked(marked).map((segment, i) =>
        segment.hit ? (
          <mark key={i} className="rounded-sm bg-highlight px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
