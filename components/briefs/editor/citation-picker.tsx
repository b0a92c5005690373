'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { searchParagraphsAction } from '@/lib/briefs/actions/editing';
import type { CitableParagraph } from '@/lib/briefs/editor-queries';

const SEARCH_MS = 300;

/** Finds paragraphs by article title or text and inserts their citation at the cursor. */
export function CitationPicker({ onInsert, disabled }: { onInsert: (citation: string) => void; disabled?: boolean }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; items: CitableParagraph[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const id = useId();

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const timer = window.setTimeout(async () => {
      const request = ++latest.current;
      try {
        const result = await searchParagraphsAction(q);
        if (request !== latest.current) return;
        setResults({ query: q, items: result.ok ? (result.data ?? []) : [] });
        setFailed(!result.ok);
      } catch {
        if (request === latest.current) setFailed(true);
      }
    }, SEARCH_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const shown = query.trim().length >= 2 ? results : null;
  return (
    <details className="rounded border border-rule p-3 text-sm">
      <summary className="cursor-pointer font-medium">Cite a paragraph</summary>
      <label htmlFor={`${id}-q`} className="mt-2 block">
        Search articles by title or words in a paragraph
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        aria-describedby={`${id}-count`}
        className="mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-ink"
      />
      <p id={`${id}-count`} aria-live="polite" className="mt-1 text-muted">
        {failed ? 'The search did not answer; try again.' : shown ? `${shown.items.length} paragraph${shown.items.length === 1 ? '' : 's'} found.` : ''}
      </p>
      {shown && shown.items.length > 0 ? (
        <ul className="mt-2 max-h-80 space-y-2 overflow-y-auto">
          {shown.items.map((p) => {
            const citation = `[^${p.articleSlug}#p-${p.position}]`;
            return (
              <li key={`${p.articleSlug}#${p.position}`} className="rounded border border-rule p-2">
                <p className="font-medium">
                  {p.articleTitle} <span className="text-muted">¶{p.position}</span>
                </p>
                <p className="text-muted">{p.excerpt}</p>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onInsert(citation)}
                  aria-label={`Insert citation of paragraph ${p.position} of “${p.articleTitle}”`}
                  className="mt-1 rounded border border-rule px-2 py-1 font-mono text-xs hover:border-accent disabled:opacity-50"
                >
                  Insert {citation}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </details>
  );
}
