import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/platform/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BriefStatus, Role } from '@/lib/generated/prisma/enums';
import { hasRole } from '@/lib/platform/auth/roles';
import { readDb } from '@/lib/platform/health/read-db';
import { visibleBriefsWhere } from './service/rules';
import { timerStep, type TimerStep } from './timer-steps';

export const EDITOR_VIEWS = ['mine', 'review', 'all', 'trash'] as const;
export type EditorView = (typeof EDITOR_VIEWS)[number];
const LIST_LIMIT = 200;

export interface EditorBriefItem {
  id: string;
  slug: string;
  title: string;
  status: BriefStatus;
  authorName: string;
  updatedAt: Date;
  scheduledFor: Date | null;
  scheduledTz: string | null;
  trashedAt: Date | null;
  /** The brief's last step, when the timer took it (published on schedule, or back to draft). */
  timerStep: TimerStep | null;
}

export interface EditableBrief {
  id: string;
  slug: string;
  title: string;
  body: string;
  version: number;
  status: BriefStatus;
  scheduledFor: Date | null;
  scheduledTz: string | null;
  /** In the trash since then; deleted for good 30 days later. */
  trashedAt: Date | null;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  formerSlugs: string[];
  /** Newest first. */
  revisions: { number: number; title: string; publishedAt: Date; publishedBy: string; correctionNote: string | null }[];
  /** Newest first. */
  history: { from: BriefStatus | null; to: BriefStatus; reason: string; actorName: string | null; at: Date }[];
  /** The last step, when the timer took it. */
  timerStep: TimerStep | null;
}

export interface CitableParagraph {
  articleSlug: string;
  articleTitle: string;
  position: number;
  excerpt: string;
}

function viewFilter(view: EditorView, user: { id: string; role: Role }): Prisma.BriefWhereInput {
  const userId = user.id;
  // Contributors see their own trash; editors, who may restore anyone's, see all of it.
  if (view === 'trash') return hasRole(user.role, 'EDITOR') ? { trashedAt: { not: null } } : { trashedAt: { not: null }, authorId: userId };
  if (view === 'mine') return { authorId: userId, trashedAt: null };
  if (view === 'review') return { status: 'IN_REVIEW', trashedAt: null };
  return { trashedAt: null };
}

export async function listEditorBriefs(user: { id: string; role: Role }, view: EditorView): Promise<EditorBriefItem[]> {
  const visible = visibleBriefsWhere(user);
  return readDb(async () => {
    const rows = await getDb().brief.findMany({
      where: visible ? { AND: [viewFilter(view, user), visible] } : viewFilter(view, user),
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: LIST_LIMIT,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        updatedAt: true,
        scheduledFor: true,
        scheduledTz: true,
        trashedAt: true,
        author: { select: { name: true } },
        statusChanges: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { from: true, to: true, actorId: true, reason: true, createdAt: true } },
      },
    });
    return rows.map(({ author, statusChanges, ...r }) => {
      const last = statusChanges[0];
      return { ...r, authorName: author.name, timerStep: last ? timerStep({ ...last, at: last.createdAt }) : null };
    });
  });
}

/** Everything the editor page needs for one brief; null when there is no such brief. */
export const getBriefForEditing = cache(async (id: string): Promise<EditableBrief | null> =>
  readDb(async () => {
    const row = await getDb().brief.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        title: true,
        body: true,
        version: true,
        status: true,
        scheduledFor: true,
        scheduledTz: true,
        trashedAt: true,
        authorId: true,
        createdAt: true,
        updatedAt: true,
        author: { select: { name: true } },
        oldSlugs: { select: { slug: true }, orderBy: { slug: 'asc' } },
        revisions: {
          orderBy: { number: 'desc' },
          select: { number: true, title: true, publishedAt: true, correctionNote: true, publishedBy: { select: { name: true } } },
        },
        statusChanges: {
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { from: true, to: true, reason: true, createdAt: true, actorId: true, actor: { select: { name: true } } },
        },
      },
    });
    if (!row) return null;
    const { author, oldSlugs, revisions, statusChanges, ...brief } = row;
    const last = statusChanges[0];
    return {
      timerStep: last ? timerStep({ ...last, at: last.createdAt }) : null,
      ...brief,
      authorName: author.name,
      formerSlugs: oldSlugs.map((s) => s.slug),
      revisions: revisions.map(({ publishedBy, ...r }) => ({ ...r, publishedBy: publishedBy.name })),
      history: statusChanges.map((c) => ({ from: c.from, to: c.to, reason: c.reason, actorName: c.actor?.name ?? null, at: c.createdAt })),
    };
  }),
);

const EXCERPT = 220;

function excerpt(text: string, query: string): string {
  if (text.length <= EXCERPT) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(query.toLowerCase()) - 60);
  const cut = text.slice(at, at + EXCERPT);
  return `${at > 0 ? '…' : ''}${cut}${at + EXCERPT < text.length ? '…' : ''}`;
}

/** Paragraphs whose text or article title contains the words, for the citation picker. */
export async function searchCitableParagraphs(query: string, limit = 12): Promise<CitableParagraph[]> {
  const q = query.trim().replace(/\s+/g, ' ');
  if (q.length < 2) return [];
  const contains = { contains: q, mode: 'insensitive' } as const;
  const rows = await getDb().paragraph.findMany({
    where: {
      kind: 'TEXT',
      OR: [{ text: contains }, { article: { parsedTitle: contains } }, { article: { curation: { title: contains } } }, { article: { slug: contains } }],
    },
    orderBy: [{ article: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { articleId: 'asc' }, { position: 'asc' }],
    take: limit,
    select: { position: true, text: true, article: { select: { slug: true, parsedTitle: true, curation: { select: { title: true } } } } },
  });
  return rows.map((p) => ({
    articleSlug: p.article.slug,
    articleTitle: p.article.curation?.title ?? p.article.parsedTitle ?? 'Untitled article',
    position: p.position,
    excerpt: excerpt(p.text, q),
  }));
}
