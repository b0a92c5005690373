'use client';

import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/platform/auth/session';
import type { MarkdownProblem } from '@/lib/formats/markdown';

const PREVIEW_MS = 600;

/** What a renderer sends back: the HTML and its problems, and whatever else it draws (a brief's figures). */
export interface PreviewData {
  html: string;
  problems: MarkdownProblem[];
}

/** The server's renderer: briefs pass `previewAction`, summaries `summaryPreviewAction`. */
export type Preview<D extends PreviewData> = (input: { markdown: string }) => Promise<ActionResult<D>>;

interface Rendered<D extends PreviewData> {
  data: D;
  /** The Markdown this preview is of. */
  source: string;
}

/** The draft rendered as readers would see it, refreshed a moment after typing stops. */
export function usePreview<D extends PreviewData>(markdown: string, preview: Preview<D>) {
  const [rendered, setRendered] = useState<Rendered<D> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  useEffect(() => {
    const timer = window.setTimeout(async () => {
      const request = ++latestRequest.current;
      try {
        const result = await preview({ markdown });
        if (request !== latestRequest.current) return;
        if (result.ok && result.data) {
          setRendered({ data: result.data, source: markdown });
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
    // Read through the constraint TypeScript would widen it to string; it is D's own kind of HTML.
    html: (rendered ? rendered.data.html : null) as D['html'] | null,
    problems: rendered?.data.problems ?? [],
    /** Everything the last preview sent, or null before the first. */
    data: rendered?.data ?? null,
    /** The text changed since the preview was made. */
    stale: rendered?.source !== markdown,
    error,
  };
}
