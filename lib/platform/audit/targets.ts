import { entityHref } from '@/lib/entities/paths';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { toTarget, targetSelect } from '@/lib/summaries/target';

export interface TargetRef {
  targetType: string;
  targetId: string | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
}

export interface TargetName {
  label: string | null;
  /** Where the target can be seen now; null when it is gone or has no page. */
  href: string | null;
}

const key = (type: string, id: string) => `${type}:${id}`;

function textField(json: Prisma.JsonValue | null, field: string): string | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const value = json[field];
  return typeof value === 'string' ? value : null;
}

/** What the entry itself remembers, for targets since deleted (a purged draft, a re-tagged mention). */
const remembered = (r: TargetRef): string | null =>
  textField(r.after, 'title') ?? textField(r.before, 'title') ?? textField(r.after, 'email') ?? textField(r.before, 'surface') ?? textField(r.after, 'surface');

const idsOf = (refs: TargetRef[], type: string) => [...new Set(refs.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId as string))];

/**
 * The audit log names its targets by title, with a link to where they are now, in one query per
 * kind of target on the page rather than one per entry.
 */
export async function nameTargets(db: PrismaClient, refs: TargetRef[]): Promise<Map<string, TargetName>> {
  const [users, briefs, articles, summaries, entities, candidates, mentions] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf(refs, 'User') } }, select: { id: true, name: true } }),
    db.brief.findMany({ where: { id: { in: idsOf(refs, 'brief') } }, select: { id: true, title: true } }),
    db.article.findMany({ where: { id: { in: idsOf(refs, 'article') } }, select: { id: true, slug: true, parsedTitle: true, curation: { select: { title: true } } } }),
    db.summary.findMany({ where: { id: { in: idsOf(refs, 'summary') } }, select: { id: true, ...targetSelect } }),
    db.entity.findMany({ where: { id: { in: idsOf(refs, 'entity') } }, select: { id: true, name: true, slug: true, type: true } }),
    db.entityCandidate.findMany({ where: { id: { in: idsOf(refs, 'entityCandidate') } }, select: { id: true, surface: true, paragraph: { select: { articleId: true } } } }),
    db.mention.findMany({
      where: { id: { in: idsOf(refs, 'mention') } },
      select: { id: true, surface: true, entity: { select: { name: true } }, paragraph: { select: { articleId: true } } },
    }),
  ]);
  const names = new Map<string, TargetName>();
  for (const u of users) names.set(key('User', u.id), { label: u.name, href: null });
  for (const b of briefs) names.set(key('brief', b.id), { label: `“${b.title}”`, href: `/editor/briefs/${b.id}` });
  for (const a of articles) names.set(key('article', a.id), { label: `“${a.curation?.title ?? a.parsedTitle ?? a.slug}”`, href: `/editor/articles/${a.id}` });
  for (const s of summaries) {
    const target = toTarget(s);
    if (target) names.set(key('summary', s.id), { label: `of ${target.label ? `“${target.label}”` : target.slug}`, href: target.editorHref });
  }
  for (const e of entities) names.set(key('entity', e.id), { label: e.name, href: entityHref(e.type, e.slug) });
  for (const c of candidates) names.set(key('entityCandidate', c.id), { label: `“${c.surface}”`, href: `/editor/articles/${c.paragraph.articleId}#tagging` });
  for (const m of mentions) names.set(key('mention', m.id), { label: `“${m.surface}” → ${m.entity.name}`, href: `/editor/articles/${m.paragraph.articleId}#tagging` });
  for (const r of refs) {
    if (!r.targetId || names.has(key(r.targetType, r.targetId))) continue;
    const label = remembered(r);
    if (label) names.set(key(r.targetType, r.targetId), { label: r.targetType === 'Invitation' ? label : `${label} (no longer there)`, href: null });
  }
  return names;
}

export const targetKey = key;
