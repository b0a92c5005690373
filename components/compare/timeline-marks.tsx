import type { Era } from '@/lib/generated/prisma/enums';
import { svgNumber } from './svg-scale';

export interface Mark {
  key: string;
  href: string;
  name: string;
  tooltip: string;
  /** x of the date on the axis. */
  at: number;
  /** An exercise's era (its marker's colour); null for a key event. */
  era: Era | null;
  /** Label to the left of the marker, when it would run off the right edge. */
  flip: boolean;
  /** Horizontal extent of marker and label, for row assignment. */
  start: number;
  end: number;
  row: number;
}

const ERA_FILL: Record<Era, string> = { CSTO_ERA: 'fill-csto', POST_2022: 'fill-post', UNKNOWN: 'fill-muted' };

/**
 * One side of the timeline: a stem from the axis to each row, then, over all stems, markers and linked labels.
 * What marks share is set once on their group (SVG inherits it), not on each of the hundreds of marks.
 */
export function TimelineMarks({
  marks,
  axisY,
  rowY,
  fontSize,
}: {
  marks: Mark[];
  axisY: number;
  /** Baseline of the labels in a row. */
  rowY: (row: number) => number;
  fontSize: number;
}) {
  return (
    <g>
      <g aria-hidden="true">
        <g className="stroke-muted" strokeOpacity={0.5}>
          {marks.map((m) => (
            <line key={m.key} x1={m.at} x2={m.at} y1={axisY} y2={svgNumber(rowY(m.row) - fontSize * 0.35)} />
          ))}
        </g>
        <g className="fill-ink">
          {marks.map((m) => (
            <circle key={m.key} cx={m.at} cy={axisY} r={2} />
          ))}
        </g>
      </g>
      <g fontSize={fontSize} strokeWidth={1.2}>
        {marks.map((m) => {
          const baseline = rowY(m.row);
          const cy = svgNumber(baseline - fontSize * 0.35);
          return (
            <a key={m.key} href={m.href}>
              <title>{m.tooltip}</title>
              {m.era ? (
                <circle cx={m.at} cy={cy} r={4.5} className={`${ERA_FILL[m.era]} stroke-paper`} />
              ) : (
                <rect x={m.at - 4} y={cy - 4} width={8} height={8} transform={`rotate(45 ${m.at} ${cy})`} className="fill-accent stroke-paper" />
              )}
              <text x={svgNumber(m.flip ? m.at - 7 : m.at + 7)} y={baseline} textAnchor={m.flip ? 'end' : undefined} className="svg-label fill-ink">
                {m.name}
              </text>
            </a>
          );
        })}
      </g>
    </g>
  );
}
