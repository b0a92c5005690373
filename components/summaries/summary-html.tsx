import type { SummaryHtml } from '@/lib/summaries/types';

// Only renderPlain's output (sanitized by lib/formats/markdown/sanitize-schema.ts) is ever injected: the type says so.
const PROSE = [
  'font-serif leading-relaxed',
  '[&_p]:mb-3 [&_p:last-child]:mb-0 [&_a]:underline',
  '[&_h1]:mt-4 [&_h1]:mb-2 [&_h1]:font-sans [&_h1]:text-lg [&_h1]:font-semibold',
  '[&_h2]:mt-4 [&_h2]:mb-2 [&_h2]:font-sans [&_h2]:text-lg [&_h2]:font-semibold',
  '[&_h3]:mt-3 [&_h3]:mb-1 [&_h3]:font-sans [&_h3]:font-semibold',
  '[&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mb-1',
  '[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-rule [&_blockquote]:pl-4',
  '[&_code]:rounded [&_code]:bg-rule/50 [&_code]:px-1 [&_code]:text-[0.9em] [&_pre]:mb-3 [&_pre]:overflow-x-auto',
  '[&_table]:mb-3 [&_table]:w-full [&_table]:border-collapse [&_table]:font-sans [&_table]:text-sm',
  '[&_th]:border-b-2 [&_th]:border-rule [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_td]:border-b [&_td]:border-rule [&_td]:px-2 [&_td]:py-1',
].join(' ');

/** Sanitized summary HTML in the readers' typography (the editor's live preview uses it too). */
export function SummaryHtmlBody({ html }: { html: SummaryHtml }) {
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />;
}
