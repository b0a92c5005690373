import 'server-only';
import { parseFigureSnapshots, type FigureSnapshot } from '@/lib/compare/figure-snapshot';
import { cache } from 'react';
import { getReaderDb as getDb } from '@/lib/platform/db';
import type { Era } from '@/lib/generated/prisma/enums';
import { tagPage } from '@/lib/platform/cache/page-tags';
import { plainDek } from './plain-dek';
import { TAGS } from '@/lib/platform/cache/tags';
import { readCached, readDb } from '@/lib/platform/health/read-db';
import { renderBrief } from '@/lib/formats/markdown';
import { parseCitationSnapshot } from './citation-snapshot';
import { authorSlug } from './author-slug';
import { authorHref, briefHref, diffHref, historyHref, revisionHref } from './paths';
import { diffRevisions, type RevisionDiff } from './diff';
import { loadResolvers } from './resolvers';
import { loadPublishedBriefs, type BriefListItem } from './published-list';

export { type BriefListItem } from './published-list';
export { plainDek } from './plain-dek';

// Readers only ever see published revisions: Brief.title and Brief.body are the editors' working
// draft. A brief is listed while its status is PUBLISHED; once published, its revisions keep their
// permalinks (marked withdrawn after an unpublish) so that citations of them never break.


export interface RevisionMeta {
  number: number;
  title: string;
  publishedAt: Date;
  publishedBy: string;
  correctionNote: string | null;
}

interface BriefFrame {
  slug: string;
  /** Who wrote it, with their public page; and who else published its revisions. */
  author: { name: string; href: string };
  editors: string[];
  /** Unpublished since: the revisions stay readable by permalink, marked as withdrawn. */
  withdrawn: boolean;
  /** Oldest first; never empty. */
  revisions: RevisionMeta[];
}

export interface BriefHistory extends BriefFrame {
  latest: RevisionMeta;
}

/** HTML that renderBrief sanitized: the only HTML a brief page may inject. */
export type BriefHtml = string & { readonly __sanitizedBy: 'renderBrief' };

export interface BriefRevisionView extends BriefHistory {
  revision: RevisionMeta;
  dek: string;
  /** The page's HTML: notes with cited-paragraph previews and folded long quotations. */
  html: BriefHtml;
  /** The same text with plain notes, for feed readers, which show every element and no CSS. */
  feedHtml: BriefHtml;
  /** The comparison figures the brief embeds, as they were when this revision was published. */
  figures: FigureSnapshot[];
  /** How many cited articles come from each era, CSTO era first. */
  citedEras: { era: Era; articles: number }[];
}

export interface BriefDiffView extends BriefHistory {
  from: RevisionMeta;
  to: RevisionMeta;
  diff: RevisionDiff;
}

export type Lookup<T> = { kind: 'found'; value: T } | { kind: 'redirect'; to: string } | null;

export { briefHref, diffHref, historyHref, revisionHref } from './paths';

/** A revision number from a URL: digits only, no sign or leading zero; null for anything else. */
export function parseRevisionNumber(value: string | string[] | undefined): number | null {
  return typeof value === 'string' && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

const revisionMetaSelect = {
  number: true,
  title: true,
  publishedAt: true,
  correctionNote: true,
  publishedBy: { select: { name: true } },
} as const;

function toMeta(row: { number: number; title: string; publishedAt: Date; correctionNote: string | null; publishedBy: { name: string } }): RevisionMeta {
  return { number: row.number, title: row.title, publishedAt: row.publishedAt, publishedBy: row.publishedBy.name, correctionNote: row.correctionNote };
}

type Found = { kind: 'found'; id: string; frame: BriefFrame; latest: RevisionMeta; published: boolean } | { kind: 'moved'; slug: string } | null;

/** The brief at `slug` if it was ever published; a former slug answers with the current one. */
const findBrief = cache(async (slug: string): Promise<Found> => {
  const db = getDb();
  const brief = await db.brief.findUnique({
    where: { slug },
    select: { id: true, slug: true, status: true, author: { select: { name: true } }, revisions: { orderBy: { number: 'asc' }, select: revisionMetaSelect } },
  });
  if (!brief) {
    const former = await db.briefSlug.findUnique({
      where: { slug },
      select: { brief: { select: { slug: true, revisions: { take: 1, select: { id: true } } } } },
    });
    return former && former.brief.revisions.length > 0 ? { kind: 'moved', slug: former.brief.slug } : null;
  }
  const revisions = brief.revisions.map(toMeta);
  const latest = revisions.at(-1);
  if (!latest) return null;
  const published = brief.status === 'PUBLISHED';
  const author = { name: brief.author.name, href: authorHref(authorSlug(brief.author.name)) };
  const editors = [...new Set(revisions.map((r) => r.publishedBy))].filter((name) => name !== author.name);
  return { kind: 'found', id: brief.id, frame: { slug: brief.slug, author, editors, withdrawn: !published, revisions }, latest, published };
});

const ERA_ORDER: Era[] = ['CSTO_ERA', 'POST_2022', 'UNKNOWN'];

async function renderRevision(briefId: string, number: number): Promise<Pick<BriefRevisionView, 'html' | 'feedHtml' | 'dek' | 'citedEras' | 'figures'>> {
  const db = getDb();
  const row = await db.briefRevision.findUniqueOrThrow({
    where: { briefId_number: { briefId, number } },
    select: { body: true, citations: true, figures: true },
  });
  const cited = parseCitationSnapshot(row.citations);
  const [resolvers, articles] = await Promise.all([
    loadResolvers(row.body, { citedTexts: cited }),
    db.article.findMany({ where: { slug: { in: [...new Set(cited.map((c) => c.articleSlug))] } }, select: { era: true } }),
  ]);
  const citedEras = ERA_ORDER.map((era) => ({ era, articles: articles.filter((a) => a.era === era).length })).filter((e) => e.articles > 0);
  return {
    html: renderBrief(row.body, resolvers, { enhancedNotes: true }).html as BriefHtml,
    feedHtml: renderBrief(row.body, resolvers).html as BriefHtml,
    dek: plainDek(row.body),
    citedEras,
    figures: parseFigureSnapshots(row.figures),
  };
}

/** A brief's pages show that brief; an unknown or former slug waits on the lists (a publish or rename may fill it). */
async function tagBriefPage(found: Found): Promise<void> {
  await tagPage(found?.kind === 'found' ? [TAGS.brief(found.id)] : [TAGS.briefs]);
}

const noTags = () => [];

/** The latest revision of a published brief; null when unknown, never published or unpublished. */
export const getPublishedBrief = cache(async (slug: string): Promise<Lookup<BriefRevisionView>> =>
  readCached(async () => {
    const found = await findBrief(slug);
    await tagBriefPage(found);
    if (found?.kind === 'moved') return { kind: 'redirect', to: briefHref(found.slug) };
    if (!found?.published) return null;
    const rendered = await renderRevision(found.id, found.latest.number);
    return { kind: 'found', value: { ...found.frame, latest: found.latest, revision: found.latest, ...rendered } };
  }, noTags),
);

/** Any revision of a brief that has been published, by its permanent number. */
export const getRevision = cache(async (slug: string, n: number): Promise<Lookup<BriefRevisionView>> =>
  readCached(async () => {
    const found = await findBrief(slug);
    await tagBriefPage(found);
    if (found?.kind === 'moved') return { kind: 'redirect', to: revisionHref(found.slug, n) };
    const revision = found?.frame.revisions.find((r) => r.number === n);
    if (!found || !revision) return null;
    const rendered = await renderRevision(found.id, n);
    return { kind: 'found', value: { ...found.frame, latest: found.latest, revision, ...rendered } };
  }, noTags),
);

export const getBriefHistory = cache(async (slug: string): Promise<Lookup<BriefHistory>> =>
  readCached(async () => {
    const found = await findBrief(slug);
    await tagBriefPage(found);
    if (found?.kind === 'moved') return { kind: 'redirect', to: historyHref(found.slug) };
    return found ? { kind: 'found', value: { ...found.frame, latest: found.latest } } : null;
  }, noTags),
);

/** What changed from revision `from` to revision `to`, word by word, title and text. */
export const getRevisionDiff = cache(async (slug: string, from: number, to: number): Promise<Lookup<BriefDiffView>> =>
  readDb(async () => {
    const found = await findBrief(slug);
    if (found?.kind === 'moved') return { kind: 'redirect', to: diffHref(found.slug, from, to) };
    const a = found?.frame.revisions.find((r) => r.number === from);
    const b = found?.frame.revisions.find((r) => r.number === to);
    if (!found || !a || !b) return null;
    const bodies = await getDb().briefRevision.findMany({
      where: { briefId: found.id, number: { in: [from, to] } },
      select: { number: true, body: true },
    });
    const text = (r: RevisionMeta) => ({ title: r.title, body: bodies.find((row) => row.number === r.number)?.body ?? '' });
    return { kind: 'found', value: { ...found.frame, latest: found.latest, from: a, to: b, diff: diffRevisions(text(a), text(b)) } };
  }),
);

/** Published briefs, most recently first published first. */
export async function listPublishedBriefs(): Promise<BriefListItem[]> {
  return readCached(() => loadPublishedBriefs(getDb()), () => [TAGS.briefs], []);
}
