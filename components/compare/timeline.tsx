import { useId } from 'react';
import { ERA_BOUNDARY, ERA_LABELS } from '@/lib/articles/era';
import type { ExerciseRecord, KeyEvent } from '@/lib/compare/types';
import type { PartialDate } from '@/lib/entities/dto';
import { entityHref } from '@/lib/entities/paths';
import { formatPublishedDate } from '@/lib/formats/text/published-date';
import type { Era } from '@/lib/generated/prisma/enums';
import { assignRows, linearScale, partialDateTime, plural, svgNumber, textWidth } from './svg-scale';
import { TimelineLegend } from './timeline-legend';
import { TimelineMarks, type Mark } from './timeline-marks';
import { TimelineWindow } from './timeline-window';

const FONT = 11;
const ROW = 17;
const MARGIN = 18;
const TOP = 40;
const BOUNDARY_TEXT = formatPublishedDate({ iso: ERA_BOUNDARY.toISOString(), precision: 'DAY', tzOffsetMinutes: null });

function yearOf(t: number): number {
  return new Date(t).getUTCFullYear();
}

function dateText(date: PartialDate): string {
  return formatPublishedDate({ ...date, tzOffsetMinutes: null });
}

/**
 * Dated exercises above a year axis and key events below it, with the era boundary drawn across.
 * Wider than a phone: it keeps its natural size and scrolls sideways rather than shrinking the text,
 * opened on 24 February 2022 so both eras are in view.
 * A labelled group rather than role="img", so the links inside stay reachable.
 */
export function Timeline({ exercises, events, title }: { exercises: ExerciseRecord[]; events: KeyEvent[]; title: string }) {
  const id = useId();
  const dated = exercises.flatMap((e) => (e.start ? [{ e, start: e.start, t: partialDateTime(e.start) }] : []));
  const undated = exercises.length - dated.length;
  const happenings = events.map((e) => ({ e, t: partialDateTime(e.start) }));
  if (dated.length === 0 && happenings.length === 0) {
    const none = undated === 1 ? 'No date is known for the one exercise.' : `No date is known for any of the ${undated} exercises.`;
    return <p className="text-sm text-muted">{undated > 0 ? none : 'No exercises or events to show.'}</p>;
  }
  const boundary = ERA_BOUNDARY.getTime();
  const times = [...dated.map((d) => d.t), ...happenings.map((h) => h.t), boundary];
  const firstYear = yearOf(Math.min(...times));
  const lastYear = yearOf(Math.max(...times));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const perYear = Math.max(44, Math.min(80, 900 / years.length));
  const width = Math.round(Math.max(560, years.length * perYear + 2 * MARGIN));
  const scale = linearScale([Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)], [MARGIN, width - MARGIN]);
  const x = (t: number) => svgNumber(scale(t));

  const toMark = (key: string, href: string, name: string, t: number, era: Era | null, tooltip: string) => {
    const at = x(t);
    const w = textWidth(name, FONT);
    const flip = at + 7 + w > width - 2;
    return { key, href, name, tooltip, at, era, flip, start: flip ? at - 7 - w : at - 5, end: flip ? at + 5 : at + 7 + w };
  };
  const withRows = (marks: Omit<Mark, 'row'>[]): Mark[] => {
    const rows = assignRows(marks);
    return marks.map((m, i) => ({ ...m, row: rows[i] ?? 0 }));
  };
  const above = withRows(
    [...dated]
      .sort((a, b) => a.t - b.t)
      .map(({ e, start, t }) =>
        toMark(e.slug, entityHref('EXERCISE', e.slug), e.name, t, e.era, `${e.name}: ${dateText(start)} (${ERA_LABELS[e.era]})`),
      ),
  );
  const below = withRows(
    [...happenings]
      .sort((a, b) => a.t - b.t)
      .map(({ e, t }) => toMark(e.slug, entityHref('EVENT', e.slug), e.name, t, null, `${e.name}: ${dateText(e.start)}`)),
  );
  const rowsAbove = Math.max(1, ...above.map((m) => m.row + 1));
  const rowsBelow = Math.max(1, ...below.map((m) => m.row + 1));
  const axisY = TOP + rowsAbove * ROW + 12;
  const height = axisY + 32 + rowsBelow * ROW + 4;
  const bx = x(boundary);

  const inEra = (era: Era) => dated.filter((d) => d.e.era === era).length;
  const description =
    `${firstYear}–${lastYear}: ${plural(dated.length, 'dated exercise')} (${inEra('CSTO_ERA')} in the ${ERA_LABELS.CSTO_ERA}, ` +
    `${inEra('POST_2022')} after it) above the axis and ${plural(events.length, 'key event')} below it; ` +
    `the era boundary is ${BOUNDARY_TEXT}.` + (undated > 0 ? ` ${plural(undated, 'undated exercise')} not shown.` : '');
  const all = [
    ...dated.map((d) => ({ key: `x-${d.e.slug}`, t: d.t, text: `${dateText(d.start)}: ${d.e.name} (exercise, ${ERA_LABELS[d.e.era]})` })),
    ...happenings.map((h) => ({ key: `e-${h.e.slug}`, t: h.t, text: `${dateText(h.e.start)}: ${h.e.name} (event)` })),
  ].sort((a, b) => a.t - b.t);

  return (
    <div className="break-inside-avoid">
      <TimelineWindow focus={bx / width} label={`${title} (scrolls sideways)`}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-labelledby={`${id}-t ${id}-d`}
          className="h-auto w-full shrink-0"
          style={{ minWidth: width, maxWidth: width * 1.5 }}
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          <g aria-hidden="true">
            <rect x={MARGIN} y={TOP - 4} width={Math.max(0, bx - MARGIN)} height={height - TOP} className="fill-csto-soft" opacity={0.6} />
            <rect x={bx} y={TOP - 4} width={Math.max(0, width - MARGIN - bx)} height={height - TOP} className="fill-post-soft" opacity={0.6} />
            <line x1={MARGIN} x2={width - MARGIN} y1={axisY} y2={axisY} className="stroke-ink" strokeWidth={1.2} />
            {[...years, lastYear + 1].map((year) => (
              <line key={year} x1={x(Date.UTC(year, 0, 1))} x2={x(Date.UTC(year, 0, 1))} y1={axisY} y2={axisY + 5} className="stroke-ink" />
            ))}
            {years.map((year) => (
              <text key={year} x={x(Date.UTC(year, 6, 2))} y={axisY + 16} textAnchor="middle" fontSize={FONT} className="fill-muted">
                {year}
              </text>
            ))}
            <line x1={bx} x2={bx} y1={18} y2={height - 2} className="stroke-ink" strokeDasharray="4 3" />
            <text x={bx} y={12} textAnchor="middle" fontSize={FONT} className="fill-ink font-semibold">
              {BOUNDARY_TEXT}
            </text>
            <text x={bx - 6} y={30} textAnchor="end" fontSize={FONT} className="fill-csto font-medium">
              ← {ERA_LABELS.CSTO_ERA}
            </text>
            <text x={bx + 6} y={30} fontSize={FONT} className="fill-post font-medium">
              {ERA_LABELS.POST_2022} →
            </text>
          </g>
          <TimelineMarks marks={above} axisY={axisY} rowY={(row) => axisY - 18 - row * ROW} fontSize={FONT} />
          <TimelineMarks marks={below} axisY={axisY} rowY={(row) => axisY + 38 + row * ROW} fontSize={FONT} />
        </svg>
      </TimelineWindow>
      <TimelineLegend />
      {undated > 0 ? <p className="mt-1 text-xs text-muted">{`${plural(undated, 'undated exercise')} not shown.`}</p> : null}
      <ol className="sr-only" aria-label={`${title}: in date order`}>
        {all.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ol>
    </div>
  );
}
