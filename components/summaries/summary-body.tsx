import { renderPlain } from '@/lib/formats/markdown';
import type { SummaryHtml } from '@/lib/summaries/types';
import { SummaryHtmlBody } from './summary-html';

/** A summary's Markdown, as readers see it. */
export function SummaryBody({ markdown }: { markdown: string }) {
  return <SummaryHtmlBody html={renderPlain(markdown) as SummaryHtml} />;
}
