import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EntityType, ParticipationRole, ProposalKind, ReviewStatus } from '@/lib/generated/prisma/enums';
import { entityHref } from '@/lib/entities/paths';
import { splitSentences } from '@/lib/facts/propose/sentences';

export interface ProposalRow {
  id: string;
  kind: ProposalKind;
  status: ReviewStatus;
  subject: { name: string; type: EntityType; href: string | null };
  object: { name: string; type: EntityType; href: string | null } | null;
  role: ParticipationRole | null;
  from: string | null;
  to: string | null;
  /** The sentence that states it, cut around the quoted words. */
  before: string;
  quote: string;
  after: string;
}

export interface ProposalReview {
  article: { id: string; slug: string; title: string };
  paragraphs: { position: number; proposals: ProposalRow[] }[];
  waiting: number;
}

const day = (d: Date | null, precision: string | null) =>
  d && precision ? d.toISOString().slice(0, precision === 'YEAR' ? 4 : precision === 'MONTH' ? 7 : 10) : null;

/** An article's fact proposals by paragraph, each with its sentence and the words that state it. */
export async function readProposalReview(db: PrismaClient, articleId: string): Promise<ProposalReview | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      slug: true,
      parsedTitle: true,
      curation: { select: { title: true } },
      proposals: {
        orderBy: [{ paragraph: { position: 'asc' } }, { start: 'asc' }, { subjectName: 'asc' }],
        select: {
          id: true,
          kind: true,
          status: true,
          subjectName: true,
          subjectType: true,
          subject: { select: { slug: true, type: true, name: true } },
          objectName: true,
          objectType: true,
          object: { select: { slug: true, type: true, name: true } },
          role: true,
          fromDate: true,
          fromPrecision: true,
          toDate: true,
          toPrecision: true,
          start: true,
          end: true,
          paragraph: { select: { position: true, text: true } },
        },
      },
    },
  });
  if (!article) return null;
  const byParagraph = new Map<number, ProposalRow[]>();
  for (const p of article.proposals) {
    const text = p.paragraph.text;
    const sentence = splitSentences(text).find((s) => s.start <= p.start && s.end >= p.end) ?? { start: 0, end: text.length };
    const row: ProposalRow = {
      id: p.id,
      kind: p.kind,
      status: p.status,
      subject: p.subject
        ? { name: p.subject.name, type: p.subject.type, href: entityHref(p.subject.type, p.subject.slug) }
        : { name: p.subjectName, type: p.subjectType, href: null },
      object: p.object
        ? { name: p.object.name, type: p.object.type, href: entityHref(p.object.type, p.object.slug) }
        : p.objectName && p.objectType
          ? { name: p.objectName, type: p.objectType, href: null }
          : null,
      role: p.role,
      from: day(p.fromDate, p.fromPrecision),
      to: day(p.toDate, p.toPrecision),
      before: text.slice(sentence.start, p.start),
      quote: text.slice(p.start, p.end),
      after: text.slice(p.end, sentence.end),
    };
    byParagraph.set(p.paragraph.position, [...(byParagraph.get(p.paragraph.position) ?? []), row]);
  }
  return {
    article: { id: article.id, slug: article.slug, title: article.curation?.title ?? article.parsedTitle ?? article.slug },
    paragraphs: [...byParagraph].map(([position, proposals]) => ({ position, proposals })),
    waiting: article.proposals.filter((p) => p.status === 'PROPOSED').length,
  };
}
