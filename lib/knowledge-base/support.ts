import { parsePartialDate } from '@/lib/entities/dates';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { Refusal } from '@/lib/platform/result';
import type { Tx } from '@/lib/platform/db/tx';
import { MAX_REFERENCE_QUOTE_WORDS, parseParagraphCitation, quoteOccursIn, wordCount } from './support-rules';

/** A fact rests on a paragraph of an imported article, or on a page the editor read. */
export type SupportInput =
  | { kind: 'paragraph'; citation: string; quote: string }
  | { kind: 'reference'; url: string; publication: string; title: string; published: string; quote: string };

export interface ResolvedSupport {
  paragraphId: string | null;
  referenceId: string | null;
  quote: string;
  /** For the audit record and history: what a reader can check. */
  label: string;
}

export function partialDate(value: string, field: string): { date: Date; precision: DatePrecision } | null {
  const v = value.trim();
  if (!v) return null;
  try {
    return parsePartialDate(v);
  } catch {
    throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { [field]: ['Use YYYY, YYYY-MM or YYYY-MM-DD (2023, 2023-10, 2023-10-02).'] } });
  }
}

/** The paragraph a citation names, with its text. */
export async function citedParagraph(tx: Tx, citation: string, field = 'citation') {
  const parsed = parseParagraphCitation(citation);
  if (!parsed) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { [field]: ['Pick a paragraph with the picker, or type article-slug#p-3.'] } });
  const paragraph = await tx.paragraph.findFirst({
    where: { position: parsed.position, article: { slug: parsed.articleSlug } },
    select: { id: true, text: true },
  });
  if (!paragraph) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { [field]: [`There is no paragraph ${parsed.position} in the article “${parsed.articleSlug}”.`] } });
  return { ...paragraph, ...parsed };
}

/**
 * Checks what a fact rests on and returns its row ids. A paragraph's quote must occur in it; a
 * reference's quote is at most 25 words, and a reference already known by its URL is reused.
 */
export async function resolveSupport(tx: Tx, input: SupportInput): Promise<ResolvedSupport> {
  const quote = input.quote.trim().replace(/\s+/g, ' ');
  if (input.kind === 'paragraph') {
    const p = await citedParagraph(tx, input.citation);
    if (!quote) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { quote: ['Copy the words of the paragraph that state the fact.'] } });
    if (!quoteOccursIn(quote, p.text)) {
      throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: { quote: [`These words are not in ${p.articleSlug} ¶${p.position}. Copy them from the paragraph as written.`] } });
    }
    return { paragraphId: p.id, referenceId: null, quote, label: `${p.articleSlug}#p-${p.position}` };
  }
  const errors: Record<string, string[]> = {};
  let url: URL | null = null;
  try {
    url = new URL(input.url.trim());
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) errors.url = ['Enter the page’s full address (https://…).'];
  if (!input.publication.trim()) errors.publication = ['Name the publication.'];
  if (!input.title.trim()) errors.title = ['Give the page’s title.'];
  if (!quote) errors.quote = ['Copy the words of the page that state the fact.'];
  else if (wordCount(quote) > MAX_REFERENCE_QUOTE_WORDS) errors.quote = [`Keep the quote to ${MAX_REFERENCE_QUOTE_WORDS} words or fewer (it has ${wordCount(quote)}).`];
  let published: { date: Date; precision: DatePrecision } | null = null;
  try {
    published = partialDate(input.published, 'published');
  } catch {
    errors.published = ['Use YYYY, YYYY-MM or YYYY-MM-DD.'];
  }
  if (Object.keys(errors).length > 0 || !url) throw new Refusal('Nothing was saved: check the marked fields.', { fieldErrors: errors });
  const data = {
    publication: input.publication.trim(),
    title: input.title.trim(),
    published: published?.date ?? null,
    publishedPrecision: published?.precision ?? null,
  };
  const reference = await tx.reference.upsert({ where: { url: url.toString() }, create: { url: url.toString(), ...data }, update: data, select: { id: true } });
  return { paragraphId: null, referenceId: reference.id, quote, label: url.toString() };
}
