import type { Era } from '@/lib/generated/prisma/enums';

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

/** One side of the timeline: a stem from the axis to each row, then, over all stems, markers and linked labels. */
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
        {marks.map((m) => (
          <g key={m.key}>
            <line x1={m.at} x2={m.at} y1={axisY} y2={rowY(m.row) - fontSize * 0.35} className="stroke-muted" strokeOpacity={0.5} />
            <circle cx={m.at} cy={axisY} r={2} className="fill-ink" />
          </g>
        ))}
      </g>
      {marks.map((m) => {
        const baseline = rowY(m.row);
        const cy = baseline - fontSize * 0.35;
        return (
          <a key={m.key} href={m.href} className="group">
            <title>{m.tooltip}</title>
            {m.era ? (
              <circle cx={m.at} cy={cy} r={4.5} className={`${ERA_FILL[m.era]} stroke-paper`} strokeWidth={1.2} />
            ) : (
              <rect
                x={m.at - 4}
                y={cy - 4}
                width={8}
                height={8}
                transform={`rotate(45 ${m.at} ${cy})`}
                className="fill-accent stroke-paper"
                strokeWidth={1.2}
              />
            )}
            <text
              x={m.flip ? m.at - 7 : m.at + 7}
              y={baseline}
              textAnchor={m.flip ? 'end' : 'start'}
              fontSize={fontSize}
              className="fill-ink stroke-paper group-hover:underline group-focus-visible:underline"
              paintOrder="stroke"
              strokeWidth={3}
              strokeLinejoin="round"
            >
              {m.name}
            </text>
          </a>
        );
      })}
    </g>
  );
}
