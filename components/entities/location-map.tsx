import { regionalMap, type MapPoint } from '@/lib/formats/maps/world';

/** A small server-rendered map: country outlines around the given places, each marked and named. */
export function LocationMap({ points, title, country = false }: { points: MapPoint[]; title: string; country?: boolean }) {
  if (points.length === 0) return null;
  // A country's locator map shows all of it and its neighbours; a place, its surroundings.
  const map = regionalMap(points, { wholeCountry: country });
  const description = points.map((p) => `${p.label} (${p.lat.toFixed(2)}°, ${p.lon.toFixed(2)}°)`).join('; ');
  return (
    <figure>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={`${title}: ${description}`}
        className="h-auto w-full rounded border border-rule bg-accent-soft"
      >
        <g className="fill-paper stroke-rule" strokeWidth={0.6}>
          {map.shapes.map((s) => (
            <path key={s.name} d={s.d} className={s.contains ? 'fill-highlight' : undefined}>
              <title>{s.name}</title>
            </path>
          ))}
        </g>
        {map.points.map((p) => (
          <g key={`${p.label}-${p.x}`}>
            <circle cx={p.x} cy={p.y} r={4.5} className="fill-csto stroke-paper" strokeWidth={1.5} />
            <text x={p.x + 7} y={p.y + 4} className="fill-ink text-[10px] font-medium" paintOrder="stroke" stroke="var(--color-paper)" strokeWidth={3}>
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-muted">
        {description}.{map.shapes.some((s) => s.contains) ? ` Shaded: ${map.shapes.filter((s) => s.contains).map((s) => s.name).join(', ')}.` : ''} Outlines: Natural Earth.
      </figcaption>
    </figure>
  );
}
