'use client';

import { useEffect, useRef, useState } from 'react';
import { previewAction } from '@/lib/actions/briefs';
import type { BriefHtml } from '@/lib/briefs/reader-queries';
import type { MarkdownProblem } from '@/lib/markdown';

const PREVIEW_MS = 600;

interface Rendered {
  html: BriefHtml;
  problems: MarkdownProblem[];
  /** The Markdown this preview is of. */
  source: string;
}

/** The draft rendered as readers would see it, refreshed a moment after typing stops. */
export function usePreview(markdown: string) {
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  useEffect(() => {
    const timer = window.setTimeout(async () => {
      const request = ++latestRequest.current;
      try {
        const result = await previewAction({ markdown });
        if (request !== latestRequest.current) return;
        if (result.ok && result.data) {
          setRendered({ ...result.data, source: markdown });
          setError(null);
        } else {
          setError(result.message ?? 'The preview could not be made.');
        }
      } catch {
        if (request === latestRequest.current) setError('The preview could not be updated; the connection seems to be down.');
      }
    }, PREVIEW_MS);
    return () => window.clearTimeout(timer);
  }, [markdown]);

  return {
    html: rendered?.html ?? null,
    problems: rendered?.problems ?? [],
    /** The text changed since the preview was made. */
    stale: rendered?.source !== markdown,
    error,
  };
}
