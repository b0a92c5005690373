import { z } from 'zod';
import { ERA_PARAMS, type EraParam } from './era';
import type { Era } from '@/lib/generated/prisma/enums';

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Malformed values are ignored rather than rejected: a mangled shared link still shows articles.
const schema = z.object({
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  era: z.preprocess(first, z.enum(Object.keys(ERA_PARAMS) as [EraParam, ...EraParam[]]).optional()).catch(undefined),
  source: z.preprocess(first, z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/).optional()).catch(undefined),
});

export interface ArticleListParams {
  page: number;
  era?: EraParam;
  source?: string;
}

export function parseArticleListParams(raw: RawParams): ArticleListParams {
  const { page, era, source } = schema.parse(raw);
  return { page, ...(era ? { era } : {}), ...(source ? { source } : {}) };
}

export function eraFromParam(param: EraParam | undefined): Era | undefined {
  return param ? ERA_PARAMS[param] : undefined;
}

/** Builds a list URL, dropping defaults so that equal views share one URL. */
export function articleListHref(params: ArticleListParams): string {
  const q = new URLSearchParams();
  if (params.era) q.set('era', params.era);
  if (params.source) q.set('source', params.source);
  if (params.page > 1) q.set('page', String(params.page));
  const s = q.toString();
  return s ? `/articles?${s}` : '/articles';
}
