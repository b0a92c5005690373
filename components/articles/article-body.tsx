import type { ArticleParagraph } from '@/lib/articles/dto';
import { CopyLinkButton } from './copy-link-button';
import { mentionsToLink } from './link-spacing';
import { ParagraphText } from './paragraph-text';

/** The original text in paragraphs, each with a stable anchor (#p-3) and link controls. */
export function ArticleBody({ paragraphs }: { paragraphs: ArticleParagraph[] }) {
  const linked = mentionsToLink(paragraphs);
  return (
    <div className="font-serif text-[1.075rem] leading-relaxed">
      {paragraphs.map((p, i) => {
        const label = `paragraph ${p.position}`;
        const controls = (
          <span className="ml-1 inline-flex items-center gap-1 align-baseline font-sans" data-print="hide">
            <a href={`#${p.anchor}`} aria-label={`Link to ${label}`} className="inline-flex min-h-6 min-w-6 items-center justify-center text-muted no-underline hover:text-accent">
              ¶
            </a>
            <CopyLinkButton anchor={p.anchor} label={label} />
          </span>
        );
        return p.kind === 'HEADING' ? (
          <h2 key={p.anchor} id={p.anchor} className="mt-8 mb-3 font-sans text-lg font-semibold">
            <ParagraphText text={p.text} mentions={p.mentions} linked={linked[i]} />
            {controls}
          </h2>
        ) : (
          <p key={p.anchor} id={p.anchor} className="group mb-5">
            <span className="mr-2 select-none font-sans text-xs text-muted tabular-nums" aria-hidden="true">
              {p.position}
            </span>
            <ParagraphText text={p.text} mentions={p.mentions} linked={linked[i]} />
            {controls}
          </p>
        );
      })}
    </div>
  );
}
