import type { ReactNode } from 'react';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import { NotePreviewDismissal } from './note-preview-dismissal';

// The wrapper styles what lib/formats/markdown produces (headings, lists, tables, entity links, note
// references and the closing notes) through arbitrary variants, so no stylesheet is needed.
const PROSE = [
  'relative font-serif text-[1.075rem] leading-relaxed',
  '[&_p]:mb-5 [&_hr]:my-8 [&_hr]:border-rule [&_img]:max-w-full',
  '[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:font-sans [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:leading-snug',
  '[&_h3]:mt-8 [&_h3]:mb-2 [&_h3]:font-sans [&_h3]:text-lg [&_h3]:font-semibold',
  '[&_h4]:mt-6 [&_h4]:mb-2 [&_h4]:font-sans [&_h4]:font-semibold',
  '[&_h2]:scroll-mt-20 [&_h3]:scroll-mt-20 [&_li]:scroll-mt-20 [&_sup_a]:scroll-mt-20',
  '[&_ul]:mb-5 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mb-5 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mb-1',
  '[&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-rule [&_blockquote]:pl-4',
  '[&_code]:rounded [&_code]:bg-rule/50 [&_code]:px-1 [&_code]:text-[0.9em] [&_pre]:mb-5 [&_pre]:overflow-x-auto',
  '[&_table]:mb-6 [&_table]:w-full [&_table]:border-collapse [&_table]:font-sans [&_table]:text-sm',
  '[&_th]:border-b-2 [&_th]:border-rule [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_td]:border-b [&_td]:border-rule [&_td]:px-2 [&_td]:py-1.5',
  '[&_a.entity]:text-ink [&_a.entity]:underline [&_a.entity]:decoration-accent/40 [&_a.entity]:decoration-1 [&_a.entity]:underline-offset-[3px]',
  '[&_a.entity:hover]:text-accent [&_a.entity:hover]:decoration-accent',
  '[&_sup.note-ref]:ml-px [&_sup.note-ref]:font-sans [&_sup.note-ref]:text-[0.7em] [&_sup.note-ref_a]:px-px [&_sup.note-ref_a]:no-underline [&_sup.note-ref_a:hover]:underline',
  '[&_mark.unresolved]:bg-highlight [&_mark.unresolved]:text-ink',
  // A marker's preview spans the column below the marker's line (the wrapper is its containing
  // block, so it never leaves the page); a transparent strip above it bridges the gap for the pointer.
  '[&_.note-preview]:hidden [&_sup.note-ref:hover_.note-preview]:block [&_sup.note-ref:focus-within_.note-preview]:block',
  // Escape dismisses an open preview (./note-preview-escape.ts) until the marker is left.
  '[&_sup.note-ref[data-preview-dismissed]_.note-preview]:hidden!',
  '[&_.note-preview]:absolute [&_.note-preview]:inset-x-0 [&_.note-preview]:z-20 [&_.note-preview]:mt-1 [&_.note-preview]:rounded [&_.note-preview]:border [&_.note-preview]:border-rule',
  '[&_.note-preview]:bg-paper [&_.note-preview]:p-3 [&_.note-preview]:text-left [&_.note-preview]:font-serif [&_.note-preview]:text-[0.95rem] [&_.note-preview]:font-normal [&_.note-preview]:leading-snug [&_.note-preview]:shadow-lg',
  "[&_.note-preview]:before:absolute [&_.note-preview]:before:inset-x-0 [&_.note-preview]:before:-top-1 [&_.note-preview]:before:h-1 [&_.note-preview]:before:content-['']",
  '[&_.preview-text]:line-clamp-6 [&_.preview-source]:mt-2 [&_.preview-source]:block [&_.preview-source]:font-sans [&_.preview-source]:text-sm',
  '[&_.long-quote_summary]:cursor-pointer [&_.long-quote_summary]:py-0.5 [&_.long-quote_summary]:font-serif [&_.long-quote_summary]:text-[0.95rem]',
  '[&_.quote-more]:font-sans [&_.quote-more]:text-sm [&_.quote-more]:text-accent [&_.quote-more]:underline [&_.quote-less]:hidden',
  '[&_.quote-less]:font-sans [&_.quote-less]:text-sm [&_.quote-less]:text-accent [&_.quote-less]:underline',
  '[&_.long-quote[open]_.quote-lead]:hidden [&_.long-quote[open]_.quote-more]:hidden [&_.long-quote[open]_.quote-less]:inline',
  '[&_.notes]:mt-12 [&_.notes]:border-t [&_.notes]:border-rule [&_.notes]:pt-6 [&_.notes]:font-sans [&_.notes]:text-sm',
  "[&_.notes]:before:mb-4 [&_.notes]:before:block [&_.notes]:before:text-base [&_.notes]:before:font-semibold [&_.notes]:before:content-['Sources']",
  '[&_.notes_ol]:pl-7 [&_.notes_li]:mb-4 [&_.notes_li]:pl-1 [&_.notes_li::marker]:text-muted',
  '[&_.notes_li:target]:bg-highlight [&_.notes_li:target]:outline-4 [&_.notes_li:target]:outline-highlight',
  '[&_.notes_blockquote]:my-1 [&_.notes_blockquote]:font-serif [&_.notes_blockquote]:text-[0.95rem] [&_.notes_blockquote_p]:mb-1',
  '[&_.note-source]:mb-0 [&_.note-source]:text-muted [&_a.back-ref]:no-underline [&_a.text-fragment]:text-muted',
  '[&_.note-changed]:mt-1 [&_.note-changed]:mb-0 [&_.note-changed]:font-medium [&_.note-changed]:text-csto',
].join(' ');

// renderBrief leaves each figure as an empty top-level <div data-figure="i">; the sanitized HTML
// is cut there and the figure drawn in its place.
const PLACEHOLDER = /<div data-figure="(\d+)"><\/div>/;

function pendingFigure(index: number): ReactNode {
  return (
    <p className="my-6 rounded border border-dashed border-rule p-4 font-sans text-sm text-muted">
      Figure {index + 1}: drawn from the knowledge base when the brief is published.
    </p>
  );
}

/**
 * A rendered brief; the type admits only HTML that renderBrief sanitized. No data access and no
 * figure code, so the editor's preview can use it in the browser; readers get BriefBody.
 */
export function BriefProse({ html, renderFigure = pendingFigure }: { html: BriefHtml; renderFigure?: (index: number) => ReactNode }) {
  const pieces = html.split(PLACEHOLDER);
  return (
    <div className={PROSE}>
      <NotePreviewDismissal />
      {pieces.map((piece, i) =>
        i % 2 === 0 ? (
          piece ? <div key={i} dangerouslySetInnerHTML={{ __html: piece }} /> : null
        ) : (
          <div key={i}>{renderFigure(Number(piece))}</div>
        ),
      )}
    </div>
  );
}
