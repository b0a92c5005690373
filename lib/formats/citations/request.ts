import type { ArticleParagraph } from '@/lib/articles/dto';

/** The paragraph a reader asked to cite (?cite=3), if the article has it as text. */
export function citedParagraph(value: string | string[] | undefined, paragraphs: Pick<ArticleParagraph, 'position' | 'kind'>[]): number | null {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,4}$/.test(value)) return null;
  const n = Number(value);
  return paragraphs.some((p) => p.position === n && p.kind === 'TEXT') ? n : null;
}

/** When the citation was generated: the access date some styles print. */
export function accessedNow(): Date {
  return new Date();
}

export function paragraphPreview(text: string, words = 8): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
