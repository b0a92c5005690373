'use client';

import { useEffect, useRef, useState } from 'react';
import type { Result } from '@/lib/platform/result';
import type { MarkdownProblem } from '@/lib/formats/markdown';

const PREVIEW_MS = 600;

/** The server's renderer: briefs pass `previewAction`, summaries `summaryPreviewAction`. */
export type Preview<H extends string> = (input: { markdown: string }) => Promise<Result<{ html: H; problems: MarkdownProblem[] }>>;

interface Rendered<H extends string> {
  html: H;
  problems: MarkdownProblem[];
  /** The Markdown this preview is of. */
  source: string;
}

/** The draft rendered as readers would see it, refreshed a moment after typing stops. */
export function usePreview<H extends string>(markdown: string, preview: Preview<H>) {
  const [rendered, setRendered] = useState<Rendered<H> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  useEffect(() => {
    const timer = window.setTimeout(async () => {
      const request = ++latestRequest.current;
      try {
        const result = await preview({ markdown });
        if (request !== latestRequest.current) return;
        if (result.ok && result.value) {
          setRendered({ ...result.value, source: markdown });
          setError(null);
        } else {
          setError(result.message ?? 'The preview could not be made.');
        }
      } catch {
        if (request === latestRequest.current) setError('The preview could not be updated; the connection seems to be down.');
      }
    }, PREVIEW_MS);
    return () => window.clearTimeout(timer);
  }, [markdown, preview]);

  return {
    html: rendered?.html ?? null,
    problems: rendered?.problems ?? [],
    /** The text changed since the preview was made. */
    stale: rendered?.source !== markdown,
    error,
  };
}
