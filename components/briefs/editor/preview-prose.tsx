'use client';

import { BriefProse } from '@/components/briefs/reader/brief-prose';
import { BriefFigure } from '@/components/compare/brief-figure';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import type { FigureSnapshot } from '@/lib/compare/figure-snapshot';

/** The editor's preview: the brief as readers will get it, its figures drawn from today's data. */
export function PreviewProse({ html, figures }: { html: BriefHtml; figures: readonly FigureSnapshot[] }) {
  return (
    <BriefProse
      html={html}
      renderFigure={(index) => {
        const snapshot = figures[index];
        return snapshot ? <BriefFigure snapshot={snapshot} index={index} preview /> : null;
      }}
    />
  );
}
