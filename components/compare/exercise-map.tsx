import { useId } from 'react';
import { ERA_LABELS } from '@/lib/articles/era';
import type { ComparedEra, ExerciseRecord } from '@/lib/compare/types';
import type { EntityRef } from '@/lib/entities/dto';
import { regionalMap, type MapPoint } from '@/lib/formats/maps/world';
import { overlaps, plural, svgNumber, textWidth, type Box } from './svg-scale';

const WIDTH = 400;
const HEIGHT = 260;
const LABEL_SIZE = 11;
const ERA_FILL: Record<ComparedEra, string> = { CSTO_ERA: 'fill-csto', POST_2022: 'fill-post' };

interface Site {
  place: EntityRef;
  lat: number;
  lon: number;
  exercises: string[];
}

/** One site per place with coordinates, listing the exercises held there. */
function sitesOf(exercises: ExerciseRecord[]): Site[] {
  const sites = new Map<string, Site>();
  for (const e of exercises) {
    for (const { entity, coordinates } of e.places) {
      if (!coordinates) continue;
      const site = sites.get(entity.slug) ?? { place: entity, ...coordinates, exercises: [] };
      if (!site.exercises.includes(e.name)) site.exercises.push(e.name);
      sites.set(entity.slug, site);
    }
  }
  return [...sites.values()].sort((a, b) => b.exercises.length - a.exercises.length || a.place.name.localeCompare(b.place.name));
}

/** The mapped places of some exercises: pass both eras' to `frame` so the two maps share one projection. */
export function exerciseMapPoints(exercises: ExerciseRecord[]): MapPoint[] {
  return sitesOf(exercises).map((s) => ({ lat: s.lat, lon: s.lon, label: s.place.name }));
}

function radius(count: number): number {
  return Math.min(5 + 2 * (count - 1), 12);
}

type Anchor = 'start' | 'middle' | 'end';

/**
 * Of eight spots around the dot (beside, above, below, then the diagonals), the one that stays on
 * the map and covers the fewest dots and earlier labels; ties go to the earlier spot.
 */
function placeLabel(text: string, x: number, y: number, r: number, obstacles: Box[]) {
  const w = textWidth(text, LABEL_SIZE);
  const h = LABEL_SIZE;
  const d = r + 3;
  const spot = (anchor: Anchor, lx: number, top: number) => {
    const x0 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
    return { x: lx, y: top + h * 0.85, anchor, box: { x0, x1: x0 + w, y0: top, y1: top + h } };
  };
  const candidates = [
    spot('start', x + d, y - h / 2),
    spot('end', x - d, y - h / 2),
    spot('middle', x, y - d - h),
    spot('middle', x, y + d),
    spot('start', x + r * 0.7, y - d - h + 2),
    spot('end', x - r * 0.7, y - d - h + 2),
    spot('start', x + r * 0.7, y + d - 2),
    spot('end', x - r * 0.7, y + d - 2),
  ];
  const cost = ({ box: b }: (typeof candidates)[number]) =>
    (b.x0 < 2 || b.x1 > WIDTH - 2 || b.y0 < 2 || b.y1 > HEIGHT - 2 ? 100 : 0) + obstacles.filter((o) => overlaps(o, b)).length;
  return candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
}

/**
 * Where one era's exercises were held, as dots on a server-rendered regional map; one dot per place,
 * larger and numbered when several exercises were held there.
 */
export function ExerciseMap({
  era,
  exercises,
  title,
  frame,
}: {
  era: ComparedEra;
  exercises: ExerciseRecord[];
  title: string;
  /** Points of both eras to fit the projection to, so the maps of the two eras can be compared. */
  frame?: MapPoint[];
}) {
  const id = useId();
  const sites = sitesOf(exercises);
  const unmapped = exercises.filter((e) => !e.places.some((p) => p.coordinates)).length;
  if (sites.length === 0) {
    const none = exercises.length === 0 ? `No ${ERA_LABELS[era]} exercises to map.` : `No ${ERA_LABELS[era]} exercise has a known location.`;
    return <p className="text-sm text-muted">{none}</p>;
  }

  const own = sites.map((s) => ({ lat: s.lat, lon: s.lon, label: s.place.name }));
  const fit = frame ?? [];
  const map = regionalMap([...fit, ...own], { width: WIDTH, height: HEIGHT, minSpan: 20 });
  const dots = sites.map((site, i) => {
    const p = map.points[fit.length + i];
    return { site, x: svgNumber(p?.x ?? 0), y: svgNumber(p?.y ?? 0), r: radius(site.exercises.length) };
  });
  const taken: Box[] = dots.map((d) => ({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r }));
  const labels = dots.map((d) => {
    const label = placeLabel(d.site.place.name, d.x, d.y, d.r, taken);
    taken.push(label.box);
    return label;
  });
  const mapped = exercises.length - unmapped;
  const description =
    `${ERA_LABELS[era]}: ${plural(mapped, 'exercise')} at ${plural(sites.length, 'place')}: ` +
    sites.map((s) => `${s.place.name} (${s.exercises.join(', ')})`).join('; ') +
    (unmapped > 0 ? `; ${unmapped} without a known location.` : '.');

  return (
    <div className="break-inside-avoid">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className="h-auto w-full rounded border border-rule"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {/* Sea as a shape rather than a CSS background, which browsers leave out when printing. */}
        <rect width={map.width} height={map.height} className="fill-accent-soft" />
        <g className="fill-paper stroke-rule" strokeWidth={0.6}>
          {map.shapes.map((s) => (
            <path key={s.name} d={s.d}>
              <title>{s.name}</title>
            </path>
          ))}
        </g>
        {dots.map(({ site, x, y, r }) => (
          <g key={site.place.slug}>
            <title>{`${site.place.name}: ${site.exercises.join(', ')}`}</title>
            <circle cx={x} cy={y} r={r} className={`${ERA_FILL[era]} stroke-paper`} strokeWidth={1.5} />
            {site.exercises.length > 1 ? (
              <text x={x} y={y + 3.3} textAnchor="middle" fontSize={9.5} className="fill-paper font-semibold">
                {site.exercises.length}
              </text>
            ) : null}
          </g>
        ))}
        {dots.map(({ site }, i) => {
          const l = labels[i];
          if (!l) return null;
          return (
            <text key={site.place.slug} x={svgNumber(l.x)} y={svgNumber(l.y)} textAnchor={l.anchor} fontSize={LABEL_SIZE} className="svg-label fill-ink font-medium">
              {site.place.name}
            </text>
          );
        })}
      </svg>
      <p className="mt-1 text-xs text-muted">
        {unmapped > 0 ? `${plural(unmapped, 'exercise')} without a known location not shown. ` : ''}
        {dots.some((d) => d.site.exercises.length > 1) ? 'Numbers: exercises held at the place. ' : ''}
        Outlines: Natural Earth.
      </p>
      {/* A table ignores width and overflow, so a div is what hides it visually. */}
      <div className="sr-only">
        <table>
          <caption>{`${title}: exercises and where they were held`}</caption>
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Place</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((e) => (
              <tr key={e.slug}>
                <th scope="row">{e.name}</th>
                <td>
                  {e.places.length > 0
                    ? e.places.map((p) => (p.coordinates ? p.entity.name : `${p.entity.name} (not on the map)`)).join('; ')
                    : 'Not known'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
