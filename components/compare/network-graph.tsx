import { useId, type ReactNode } from 'react';
import { ERA_LABELS } from '@/lib/articles/era';
import type { ComparedEra, NetworkNode, Pair } from '@/lib/compare/types';
import { entityHref } from '@/lib/entities/paths';
import { edgeWidth, LABEL_SIZE, placeNetwork } from './network-layout';
import { joinNames, plural } from './svg-scale';

const ERA_FILL: Record<ComparedEra, string> = { CSTO_ERA: 'fill-csto', POST_2022: 'fill-post' };
const NEW_PHRASE: Record<ComparedEra, string> = {
  CSTO_ERA: 'not seen after 24 February 2022',
  POST_2022: 'new since 24 February 2022',
};

function byWeight(a: Pair, b: Pair): number {
  return b.weight - a.weight || a.a.name.localeCompare(b.a.name) || a.b.name.localeCompare(b.b.name);
}

function pairName(p: Pair): string {
  return `${p.a.name}–${p.b.name}`;
}

function summary(era: ComparedEra, nodes: NetworkNode[], pairs: Pair[], newCount: number): string {
  const active = nodes.filter((n) => n.exercises[era] > 0).length;
  const head = `${ERA_LABELS[era]}: ${plural(active, 'country', 'countries')}, ${plural(pairs.length, 'pair')}`;
  const top = pairs[0];
  if (!top) return `${head}; no two countries exercised together.`;
  const strongest = pairs.filter((p) => p.weight === top.weight);
  const names = strongest.length > 3 ? [...strongest.slice(0, 3).map(pairName), `${strongest.length - 3} more`] : strongest.map(pairName);
  const fresh = newCount > 0 ? `; ${plural(newCount, 'pair')} ${NEW_PHRASE[era]}` : '';
  return `${head}; strongest ${joinNames(names)} (${top.weight})${fresh}.`;
}

/**
 * Countries as nodes at the comparison's shared layout and joint exercises as edges, drawn on the
 * server. The svg is a labelled group rather than role="img": an img's children are presentational,
 * which would hide the country links inside it from assistive technology.
 */
export function NetworkGraph({
  era,
  nodes,
  pairs,
  newPairKeys,
  title,
}: {
  era: ComparedEra;
  nodes: NetworkNode[];
  pairs: Pair[];
  /** Pairs to draw in the accent colour: those absent from the other era. */
  newPairKeys?: Set<string>;
  title: string;
}) {
  const id = useId();
  const sorted = [...pairs].sort(byWeight);
  const isNew = (p: Pair) => newPairKeys?.has(p.key) ?? false;
  const newCount = sorted.filter(isNew).length;
  const description = summary(era, nodes, sorted, newCount);
  if (nodes.length === 0) return <p className="text-sm text-muted">{description}</p>;

  const { nodes: placed, viewBox } = placeNetwork(nodes, era);
  const at = new Map(placed.map((p) => [p.node.slug, p]));
  // Highlighted and heavier edges last, so they are drawn on top.
  const drawOrder = [...sorted].reverse().sort((a, b) => Number(isNew(a)) - Number(isNew(b)));
  const anyHollow = placed.some((p) => p.count === 0);

  return (
    <div className="break-inside-avoid">
      <svg viewBox={viewBox} role="group" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full max-w-xl">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g aria-hidden="true" strokeLinecap="round">
          {[false, true].map((fresh) => (
            // Pairs in muted grey; those absent from the other era in the accent colour, drawn on top.
            <g key={String(fresh)} className={fresh ? 'stroke-accent' : 'stroke-muted'} strokeOpacity={fresh ? 0.9 : 0.45}>
              {drawOrder
                .filter((p) => isNew(p) === fresh)
                .map((p) => {
                  const a = at.get(p.a.slug);
                  const b = at.get(p.b.slug);
                  if (!a || !b) return null;
                  return (
                    <line key={p.key} x1={a.cx} y1={a.cy} x2={b.cx} y2={b.cy} strokeWidth={edgeWidth(p.weight)}>
                      <title>{`${pairName(p)}: ${plural(p.weight, 'joint exercise')}${isNew(p) ? ` (${NEW_PHRASE[era]})` : ''}`}</title>
                    </line>
                  );
                })}
            </g>
          ))}
        </g>
        <g fontSize={LABEL_SIZE}>
          {placed.map(({ node, cx, cy, r, count, label }) => (
            <a key={node.slug} href={entityHref(node.type, node.slug)}>
              <title>{`${node.name}: ${plural(count, 'exercise')} in the ${ERA_LABELS[era]}`}</title>
              {count > 0 ? (
                <circle cx={cx} cy={cy} r={r} className={`${ERA_FILL[era]} stroke-paper`} strokeWidth={1.5} />
              ) : (
                <circle cx={cx} cy={cy} r={r} className="fill-paper stroke-muted" strokeOpacity={0.6} />
              )}
              <text x={label.x} y={label.y} textAnchor={label.anchor} className={count > 0 ? 'svg-label fill-ink font-medium' : 'svg-label fill-muted'}>
                {node.name}
              </text>
            </a>
          ))}
        </g>
      </svg>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <LegendItem swatch={<circle cx={8} cy={6} r={5} className={ERA_FILL[era]} />}>Country (area: exercises in this era)</LegendItem>
        {anyHollow ? (
          <LegendItem swatch={<circle cx={8} cy={6} r={4} className="fill-paper stroke-muted" strokeOpacity={0.6} />}>
            No exercise in this era
          </LegendItem>
        ) : null}
        <LegendItem swatch={<line x1={1} y1={6} x2={15} y2={6} strokeWidth={3} className="stroke-muted" strokeOpacity={0.45} />}>
          Joint exercises (width: how many)
        </LegendItem>
        {newCount > 0 ? (
          <LegendItem swatch={<line x1={1} y1={6} x2={15} y2={6} strokeWidth={3} className="stroke-accent" />}>Pair {NEW_PHRASE[era]}</LegendItem>
        ) : null}
      </div>
      {/* A table ignores width and overflow, so a div is what hides it visually. */}
      <div className="sr-only">
        <table>
          <caption>{`${title}: pairs of countries and their joint exercises`}</caption>
          <thead>
            <tr>
              <th scope="col">Countries</th>
              <th scope="col">Joint exercises</th>
              {newPairKeys ? <th scope="col">{`Pair ${NEW_PHRASE[era]}`}</th> : null}
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.key}>
                <th scope="row">{pairName(p)}</th>
                <td>{p.weight}</td>
                {newPairKeys ? <td>{isNew(p) ? 'Yes' : 'No'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg viewBox="0 0 16 12" width={16} height={12} aria-hidden="true" strokeLinecap="round">
        {swatch}
      </svg>
      {children}
    </span>
  );
}
