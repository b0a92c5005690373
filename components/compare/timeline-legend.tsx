import { ERA_BOUNDARY, ERA_LABELS } from '@/lib/articles/era';
import { formatPublishedDate } from '@/lib/formats/text/published-date';

const BOUNDARY_TEXT = formatPublishedDate({ iso: ERA_BOUNDARY.toISOString(), precision: 'DAY', tzOffsetMinutes: null });

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="inline-block shrink-0">
      {children}
    </svg>
  );
}

/** What the timeline's marks are; in words as well as shapes and colours. */
export function TimelineLegend() {
  return (
    <ul aria-label="Legend" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted">
      <li className="flex items-center gap-1.5">
        <Swatch>
          <circle cx="7" cy="7" r="5" className="fill-csto" />
        </Swatch>
        Exercise, {ERA_LABELS.CSTO_ERA} (above the axis)
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch>
          <circle cx="7" cy="7" r="5" className="fill-post" />
        </Swatch>
        Exercise, {ERA_LABELS.POST_2022}
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch>
          <rect x="3" y="3" width="8" height="8" transform="rotate(45 7 7)" className="fill-accent" />
        </Swatch>
        Key event (below the axis)
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch>
          <line x1="7" x2="7" y1="0" y2="14" className="stroke-ink" strokeDasharray="3 2" />
        </Swatch>
        Era boundary, {BOUNDARY_TEXT}
      </li>
    </ul>
  );
}
