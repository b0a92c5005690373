'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConflictView, SaveDraftActionResult } from '@/lib/briefs/actions/editing';
import { bodySizeError } from '@/lib/briefs/service/limits';
import { clearLocalDrafts, keepMine, writeLocalDraft, type LocalDraft } from './local-draft';

export type SavePhase = 'idle' | 'saving' | 'offline' | 'error' | 'conflict';

/** The server's save (the brief editor passes `saveDraftAction`; tests pass their own server). */
export type SaveDraft = (input: { briefId: string; title: string; body: string; baseVersion: number }) => Promise<SaveDraftActionResult>;

export interface SavedDraft {
  title: string;
  body: string;
  version: number;
  /** ISO time of the save; null before the first one in this tab. */
  at: string | null;
}

/** Why a draft cannot be saved as it stands, or null. */
export type Validate = (draft: { title: string; body: string }) => string | null;

const briefDraftProblem: Validate = (draft) =>
  bodySizeError(draft.body) ?? (draft.title.trim() ? null : 'Give the brief a title; drafts are saved with one.');

const AUTOSAVE_MS = 3_000;
const LOCAL_COPY_MS = 400;
const RETRY_MS = 15_000;

/**
 * The draft being edited and its way to the server: saved about every 3 s while there are
 * changes, on demand (blur, Ctrl/Cmd+S), never over a newer version (that is a conflict), and
 * copied to this browser meanwhile so a reload or a lost connection loses nothing.
 */
export function useAutosave(briefId: string, initial: SavedDraft, enabled: boolean, saveDraft: SaveDraft, validate: Validate = briefDraftProblem) {
  const [text, setText] = useState({ title: initial.title, body: initial.body });
  const [saved, setSavedState] = useState<SavedDraft>(initial);
  const [phase, setPhaseState] = useState<SavePhase>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictView | null>(null);

  // Handlers and timers read these; state is for rendering.
  const latest = useRef(text);
  const savedRef = useRef(saved);
  const phaseRef = useRef<SavePhase>('idle');
  const inFlight = useRef(false);
  const again = useRef(false);
  const saveRef = useRef<() => Promise<void>>(async () => {});

  const setPhase = useCallback((next: SavePhase, note: string | null = null) => {
    phaseRef.current = next;
    setPhaseState(next);
    setMessage(note);
  }, []);
  const setSaved = useCallback((next: SavedDraft) => {
    savedRef.current = next;
    setSavedState(next);
  }, []);
  const edit = useCallback((change: Partial<typeof text>) => {
    latest.current = { ...latest.current, ...change };
    setText(latest.current);
    if (phaseRef.current === 'error') setPhase('idle');
  }, [setPhase]);

  const save = useCallback(async (): Promise<void> => {
    if (!enabled || phaseRef.current === 'conflict') return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const draft = latest.current;
    const base = savedRef.current;
    if (draft.title === base.title && draft.body === base.body) return;
    const invalid = validate(draft);
    if (invalid) return setPhase('error', invalid);
    inFlight.current = true;
    setPhase('saving');
    try {
      const result = await saveDraft({ briefId, title: draft.title, body: draft.body, baseVersion: base.version });
      if (result.ok && result.data) {
        setSaved({ ...draft, version: result.data.version, at: result.data.savedAt });
        setPhase('idle');
        const now = latest.current;
        if (now.title === draft.title && now.body === draft.body) clearLocalDrafts(briefId);
        else writeLocalDraft(briefId, { ...now, baseVersion: result.data.version, at: Date.now() });
      } else if ('conflict' in result) {
        setConflict(result.conflict);
        setPhase('conflict', result.message);
      } else {
        setPhase('error', result.message);
      }
    } catch {
      // The request never got an answer: offline, or the server is away.
      setPhase('offline');
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void saveRef.current();
      }
    }
  }, [briefId, enabled, saveDraft, setPhase, setSaved, validate]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const dirty = text.title !== saved.title || text.body !== saved.body;

  useEffect(() => {
    if (!enabled || !dirty || phase !== 'idle') return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [enabled, dirty, phase, save]);

  useEffect(() => {
    if (!enabled || !dirty) return;
    const timer = window.setTimeout(() => writeLocalDraft(briefId, { ...text, baseVersion: saved.version, at: Date.now() }), LOCAL_COPY_MS);
    return () => window.clearTimeout(timer);
  }, [briefId, enabled, dirty, text, saved.version]);

  useEffect(() => {
    if (phase !== 'offline') return;
    const retry = () => void save();
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [phase, save]);

  const unsaved = enabled && (dirty || phase === 'saving');
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      writeLocalDraft(briefId, { ...latest.current, baseVersion: savedRef.current.version, at: Date.now() });
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [briefId, unsaved]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  /** "Keep mine": save this text as a new version on top of theirs. */
  const keepMineOverTheirs = useCallback(() => {
    if (!conflict) return;
    const { theirs } = conflict;
    setSaved({ title: theirs.title, body: theirs.body, version: theirs.version, at: theirs.updatedAt });
    setConflict(null);
    setPhase('idle');
    void save();
  }, [conflict, save, setPhase, setSaved]);

  /** "Save the combined text": parts of each, saved as a new version on top of theirs. */
  const saveCombined = useCallback((combined: { title: string; body: string }) => {
    if (!conflict) return;
    const { theirs } = conflict;
    setSaved({ title: theirs.title, body: theirs.body, version: theirs.version, at: theirs.updatedAt });
    edit(combined);
    setConflict(null);
    setPhase('idle');
    void save();
  }, [conflict, edit, save, setPhase, setSaved]);

  /** "Take theirs": their text replaces mine, which stays in this browser until dismissed. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const { theirs } = conflict;
    keepMine(briefId, { ...latest.current, baseVersion: savedRef.current.version, at: Date.now() });
    setSaved({ title: theirs.title, body: theirs.body, version: theirs.version, at: theirs.updatedAt });
    edit({ title: theirs.title, body: theirs.body });
    clearLocalDrafts(briefId);
    setConflict(null);
    setPhase('idle');
  }, [briefId, conflict, edit, setPhase, setSaved]);

  /** Brings back text from an earlier visit; based on an older version, its save will be a conflict. */
  const restore = useCallback((draft: LocalDraft) => {
    if (draft.baseVersion < savedRef.current.version) setSaved({ ...savedRef.current, version: draft.baseVersion });
    edit({ title: draft.title, body: draft.body });
  }, [edit, setSaved]);

  return { ...text, edit, saved, phase, message, conflict, dirty, save, keepMineOverTheirs, saveCombined, takeTheirs, restore };
}
