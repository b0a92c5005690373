import { CITATION_STYLES, type CitableWork } from '@/lib/formats/citations';
import { CitationEntry } from './citation-entry';

export interface ParagraphChoice {
  position: number;
  preview: string;
}

interface Props {
  work: CitableWork;
  /** For articles: a paragraph picker (a GET form, no JavaScript needed) to cite a single claim. */
  paragraphs?: { choices: ParagraphChoice[]; selected: number | null; action: string };
}

/** "Cite this": Chicago, APA and BibTeX for the work (or the chosen paragraph), each with a copy button. */
export function CiteThis({ work, paragraphs }: Props) {
  const subject = work.paragraph ? `paragraph ${work.paragraph}` : 'this page';
  return (
    <details id="cite" className="mt-10 rounded border border-current/15 p-4 text-sm" open={work.paragraph !== undefined}>
      <summary className="cursor-pointer font-semibold">Cite this</summary>
      {paragraphs && paragraphs.choices.length > 0 ? (
        <form method="get" action={`${paragraphs.action}#cite`} className="mt-3 flex flex-wrap items-center gap-2">
          <label htmlFor="cite-paragraph">Cite</label>
          <select id="cite-paragraph" name="cite" defaultValue={paragraphs.selected ?? ''} className="max-w-full rounded border border-current/20 px-1 py-0.5">
            <option value="">the whole article</option>
            {paragraphs.choices.map((p) => (
              <option key={p.position} value={p.position}>
                paragraph {p.position}: {p.preview}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded border border-current/20 px-2 py-0.5">
            Show citation
          </button>
        </form>
      ) : null}
      <dl className="mt-3 space-y-3" aria-label={`Citations of ${subject}`}>
        {CITATION_STYLES.map(({ style, label }) => (
          <CitationEntry key={style} work={work} style={style} label={label} />
        ))}
      </dl>
    </details>
  );
}
