import type { DiffPart } from '@/lib/briefs/diff';

// Citations are long machine tokens; muted, they stay legible without drowning the prose.
const CITATION = /(\[\^[^\]\n]*\])/;

function Source({ text }: { text: string }) {
  return (
    <>
      {text.split(CITATION).map((piece, i) =>
        i % 2 === 1 ? (
          <span key={i} className="font-sans text-[0.8em] text-muted">
            {piece}
          </span>
        ) : (
          piece
        ),
      )}
    </>
  );
}

/**
 * A word diff: added text underlined in <ins>, removed text struck through in <del>, each also
 * announced in words, so the change reads without colour and with a screen reader.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === 'same') return <Source key={i} text={part.text} />;
        if (part.kind === 'added') {
          return (
            <ins key={i} className="bg-post-soft text-ink underline decoration-2 underline-offset-2">
              <span className="sr-only">[added: </span>
              <Source text={part.text} />
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return (
          <del key={i} className="bg-csto-soft text-muted line-through decoration-2">
            <span className="sr-only">[removed: </span>
            <Source text={part.text} />
            <span className="sr-only">]</span>
          </del>
        );
      })}
    </>
  );
}
