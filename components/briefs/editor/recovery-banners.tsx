'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  closeRestoreOffer,
  dismissKept,
  keptSnapshot,
  openRestoreOffer,
  parseLocalDraft,
  restoreOfferSnapshot,
  settleRestoreOffer,
  subscribeLocalDrafts,
  type LocalDraft,
} from './local-draft';

const banner = 'space-y-2 rounded border border-accent/40 bg-accent-soft p-3 text-sm';
const button = 'rounded border border-rule bg-paper px-2 py-1 hover:border-accent';

/** Unsaved text from an earlier visit (a reload, a crash, a lost connection), offered back. */
export function RestoreOffer({ briefId, server, onRestore, noun = 'brief', numbered = true }: {
  briefId: string;
  noun?: string;
  /** Whether versions are numbers worth showing (a summary's are timestamps). */
  numbered?: boolean;
  server: { version: number; title: string; body: string };
  onRestore: (draft: LocalDraft) => void;
}) {
  useEffect(() => {
    openRestoreOffer(briefId, server);
    return () => closeRestoreOffer(briefId, server.version);
  }, [briefId, server]);
  const raw = useSyncExternalStore(subscribeLocalDrafts, () => restoreOfferSnapshot(briefId, server.version), () => null);
  const draft = parseLocalDraft(raw);
  if (!draft) return null;
  const when = new Date(draft.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const older = draft.baseVersion < server.version;
  return (
    <div role="region" aria-label="Unsaved text found in this browser" className={banner}>
      <p>
        This browser holds text you typed on {when} that was never saved
        {older ? `; it was based on ${numbered ? `version ${draft.baseVersion}` : 'an older version'}, and the ${noun} has been saved since (you will be asked which to keep)` : ''}.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => {
            onRestore(draft);
            settleRestoreOffer(briefId, server.version, false);
          }}
        >
          Restore my unsaved text
        </button>
        <button type="button" className={button} onClick={() => settleRestoreOffer(briefId, server.version, true)}>
          Discard it
        </button>
      </div>
    </div>
  );
}

/** After "Take theirs": the editor's own text, kept in this browser until dismissed. */
export function KeptText({ briefId }: { briefId: string }) {
  const raw = useSyncExternalStore(subscribeLocalDrafts, () => keptSnapshot(briefId), () => null);
  const [open, setOpen] = useState(false);
  const kept = parseLocalDraft(raw);
  if (!kept) return null;
  return (
    <div role="region" aria-label="Your text, kept in this browser" className={banner}>
      <p>Your version of the text is kept in this browser. Copy what you need from it, then dismiss it.</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide my text' : 'Show my text'}
        </button>
        <button type="button" className={button} onClick={() => dismissKept(briefId)}>
          Dismiss
        </button>
      </div>
      {open ? (
        <>
          <p className="font-medium">{kept.title}</p>
          <label htmlFor="kept-body" className="sr-only">
            Your kept text
          </label>
          <textarea id="kept-body" readOnly value={kept.body} className="h-48 w-full rounded border border-rule bg-paper p-2 font-mono text-sm" />
        </>
      ) : null}
    </div>
  );
}
