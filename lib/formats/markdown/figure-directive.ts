import type { Failure, Success } from '@/lib/platform/result';

/**
 * `::figure{kind="network" era="both" countries="kazakhstan,uzbekistan"}` on a line of its own
 * embeds a comparison figure. Rendering the figure is the caller's job: the brief only keeps a
 * placeholder and the validated directive.
 */
export const FIGURE_KINDS = ['network', 'map', 'timeline', 'table', 'era-figures', 'pair-changes'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The compared eras (Prisma's CSTO_ERA, POST_2022) in URL spelling, or both side by side. */
export const FIGURE_ERAS = ['csto-era', 'post-2022', 'both'] as const;
export type FigureEra = (typeof FIGURE_ERAS)[number];

export interface FigureDirective {
  kind: FigureKind;
  era: FigureEra;
  /** Country slugs, distinct and sorted; at most six, as on the compare page. */
  countries: string[];
  organization?: string;
  fromYear?: number;
  toYear?: number;
  /** 1-based source line, for messages. */
  line: number;
}

/** The directive, or what is wrong with it, with the kind of problem the brief reports. */
export type FigureParse = Success<FigureDirective> | Failure<{ kind: 'bad-syntax' | 'unknown-figure' }>;

const DIRECTIVE = /^::([a-z][a-z0-9-]*)(?:\{(.*)\})?$/;
const ATTRIBUTE = /\s*([a-z][a-z-]*)="([^"]*)"\s*/y;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_COUNTRIES = 6;

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const fail = (message: string, kind: 'bad-syntax' | 'unknown-figure' = 'bad-syntax'): FigureParse => ({ ok: false, code: 'invalid', kind, message });

/** Whether a source line is meant as a directive (so a malformed one is reported, not printed). */
export function looksLikeDirective(line: string): boolean {
  return /^\s*::[a-z]/i.test(line);
}

function parseAttributes(body: string): Map<string, string> | string {
  const attrs = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < body.length) {
    const m = ATTRIBUTE.exec(body);
    if (!m?.[1] || m[2] === undefined) return `cannot read attributes from "${body.slice(ATTRIBUTE.lastIndex)}"; write name="value" pairs`;
    if (attrs.has(m[1])) return `attribute "${m[1]}" is given twice`;
    attrs.set(m[1], m[2]);
  }
  return attrs;
}

function parseYear(value: string | undefined, name: string): number | undefined | string {
  if (value === undefined) return undefined;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  return year >= 1900 && year <= 2100 ? year : `${name}="${value}" is not a year between 1900 and 2100`;
}

function parseCountries(value: string | undefined): string[] | string {
  const list = (value ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  const bad = list.find((c) => !SLUG.test(c));
  if (bad !== undefined) return `"${bad}" is not a country slug (e.g. kazakhstan)`;
  const countries = [...new Set(list)].sort();
  return countries.length > MAX_COUNTRIES ? `at most ${MAX_COUNTRIES} countries can be compared` : countries;
}

export function parseFigureDirective(source: string, line: number): FigureParse {
  const m = DIRECTIVE.exec(source.trim());
  if (!m?.[1]) return fail('Malformed directive: write ::figure{kind="…" …} on a line of its own.');
  if (m[1] !== 'figure') return fail(`Unknown directive ::${m[1]}; only ::figure{…} is supported.`);
  const attrs = parseAttributes(m[2] ?? '');
  if (typeof attrs === 'string') return fail(`Malformed figure: ${attrs}.`);
  const known = new Set(['kind', 'era', 'countries', 'org', 'from', 'to']);
  const unknown = [...attrs.keys()].find((k) => !known.has(k));
  if (unknown) return fail(`Unknown figure attribute "${unknown}"; use ${[...known].join(', ')}.`);

  const kind = attrs.get('kind');
  if (kind === undefined) return fail('A figure needs a kind, e.g. kind="network".');
  if (!includes(FIGURE_KINDS, kind)) return fail(`Unknown figure kind "${kind}"; use one of ${FIGURE_KINDS.join(', ')}.`, 'unknown-figure');
  const era = attrs.get('era') ?? 'both';
  if (!includes(FIGURE_ERAS, era)) return fail(`Unknown era "${era}"; use one of ${FIGURE_ERAS.join(', ')}.`);
  const countries = parseCountries(attrs.get('countries'));
  if (typeof countries === 'string') return fail(`Malformed figure: ${countries}.`);
  const org = attrs.get('org');
  if (org !== undefined && !SLUG.test(org)) return fail(`Malformed figure: "${org}" is not an organization slug.`);
  const fromYear = parseYear(attrs.get('from'), 'from');
  const toYear = parseYear(attrs.get('to'), 'to');
  if (typeof fromYear === 'string' || typeof toYear === 'string') return fail(`Malformed figure: ${String(typeof fromYear === 'string' ? fromYear : toYear)}.`);
  if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) return fail('Malformed figure: "from" is after "to".');

  return {
    ok: true,
    value: {
      kind,
      era,
      countries,
      ...(org !== undefined ? { organization: org } : {}),
      ...(fromYear !== undefined ? { fromYear } : {}),
      ...(toYear !== undefined ? { toYear } : {}),
      line,
    },
  };
}

const quoteList = (slugs: string[]) => slugs.map((s) => `"${s}"`).join(', ');

/**
 * Why a well-formed figure cannot be drawn: a country or organization the knowledge base does not
 * have (a typo, or a slug renamed since), or null.
 */
export function figureScopeProblem(figure: FigureDirective, known: (kind: 'country' | 'organization', slug: string) => boolean): string | null {
  const countries = figure.countries.filter((c) => !known('country', c));
  const organization = figure.organization !== undefined && !known('organization', figure.organization) ? figure.organization : null;
  const parts: string[] = [];
  if (countries.length) parts.push(`${countries.length === 1 ? 'country' : 'countries'} ${quoteList(countries)}`);
  if (organization) parts.push(`organization "${organization}"`);
  if (!parts.length) return null;
  return `Unknown ${parts.join(' and ')} in the figure: the knowledge base has none by that slug (the end of its page address, as kazakhstan in /countries/kazakhstan).`;
}
