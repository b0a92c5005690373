import Link from 'next/link';
import { entityHref } from '@/lib/entities/paths';
import { searchHref } from '@/lib/search/params';
import { MAX_QUERY_LENGTH, type EntityRef, type SearchParams } from '@/lib/search/types';

export function TruncatedNote() {
  return (
    <p role="note" className="mt-3 rounded border border-rule bg-highlight/30 px-3 py-2 text-sm">
      Your search was longer than {MAX_QUERY_LENGTH} characters, so only its first {MAX_QUERY_LENGTH} were used.
    </p>
  );
}

/** "Did you mean …": each entity both as a new search and as its own page. */
export function DidYouMean({ params, suggestions }: { params: SearchParams; suggestions: EntityRef[] }) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-label="Did you mean" className="mt-4 text-sm">
      <p>
        Did you mean{' '}
        {suggestions.map((s, i) => (
          <span key={s.slug}>
            {i > 0 ? (i === suggestions.length - 1 ? ' or ' : ', ') : ''}
            <Link href={searchHref({ ...params, q: s.name, page: 1 })}>{s.name}</Link>
          </span>
        ))}
        ?
      </p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {suggestions.map((s) => (
          <li key={s.slug}>
            <Link href={entityHref(s.type, s.slug)} className="rounded border border-rule px-2 py-1 no-underline hover:border-accent">
              {s.name} →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExpandedNote({ expandedWith, correctedTo }: { expandedWith: EntityRef[]; correctedTo?: EntityRef | undefined }) {
  if (correctedTo) {
    return (
      <p className="mt-3 text-sm text-muted">
        Nothing matched as typed; showing results for <strong className="text-ink">{correctedTo.name}</strong>.
      </p>
    );
  }
  if (expandedWith.length === 0) return null;
  return (
    <p className="mt-3 text-sm text-muted">
      Also searching the other names of {expandedWith.map((e) => e.name).join(', ')}.
    </p>
  );
}

export function EntityFilterChip({ params, entity }: { params: SearchParams; entity: EntityRef }) {
  const { entity: _omit, ...rest } = params;
  return (
    <p className="mt-3 text-sm">
      Only documents mentioning <Link href={entityHref(entity.type, entity.slug)}>{entity.name}</Link>{' '}
      <Link href={searchHref({ ...rest, page: 1 })} className="ml-2 text-muted">
        (show all)
      </Link>
    </p>
  );
}

/** A relaxed search: too few documents had every word, so those with most of them follow. */
export function RelaxedNote({ relaxed }: { relaxed: { allWords: number; needed: number; parts: number } | undefined }) {
  if (!relaxed) return null;
  const { allWords, needed, parts } = relaxed;
  const all = allWords === 0 ? 'Nothing has all the words you searched for' : `${allWords} ${allWords === 1 ? 'result has' : 'results have'} all the words you searched for`;
  return (
    <p role="note" className="mt-3 text-sm text-muted">
      {all}; {allWords === 0 ? 'showing' : 'then come'} results with at least {needed} of its {parts} words, those with the most first. Quoted phrases
      and excluded words still apply.
    </p>
  );
}

/** A range read from the query's words ("after 2022"): searched as the date filter. */
export function DateIntentNote({ dateIntent }: { dateIntent: { words: string; from?: string; to?: string } | undefined }) {
  if (!dateIntent) return null;
  const { words, from, to } = dateIntent;
  const range = from && to ? `from ${from} to ${to}` : from ? `from ${from} on` : `up to ${to ?? ''}`;
  return (
    <p role="note" className="mt-3 text-sm text-muted">
      Read &ldquo;{words}&rdquo; as dates: showing results {range}.
    </p>
  );
}
