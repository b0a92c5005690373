import { BriefFigure } from '@/components/compare/brief-figure';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import type { FigureSnapshot } from '@/lib/compare/figure-snapshot';
import { BriefProse } from './brief-prose';

/** A published revision, with its figures drawn from the data stored when it was published. */
export function BriefBody({ html, figures }: { html: BriefHtml; figures: FigureSnapshot[] }) {
  return (
    <BriefProse
      html={html}
      renderFigure={(index) => {
        const snapshot = figures[index];
        return snapshot ? <BriefFigure snapshot={snapshot} index={index} /> : null;
      }}
    />
  );
}
