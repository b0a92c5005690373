'use client';

import { useEffect } from 'react';
import { watchNotePreviews } from './note-preview-escape';

/** Lets Escape hide an open note preview; renders nothing, and the previews work without it. */
export function NotePreviewDismissal() {
  useEffect(() => watchNotePreviews(document), []);
  return null;
}
