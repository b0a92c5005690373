// This browser's copy of unsaved editor text (briefs, and summaries under a `summary:` id), so a
// reload, a crash or a lost connection loses nothing. Keys carry the id and the server version the
// text was based on; all of them share one prefix, so sign-out clears every kind at once.

export interface LocalDraft {
  title: string;
  body: string;
  /** The server version the text was edited from. */
  baseVersion: number;
  /** When it was written (ms since epoch). */
  at: number;
}

const PREFIX = 'caspian:brief:';
const draftPrefix = (briefId: string) => `${PREFIX}${briefId}:v`;
const keptKey = (briefId: string) => `${PREFIX}${briefId}:kept`;

const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, policy): the server copy is all there is
  }
}

function parse(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const d = v as Partial<LocalDraft>;
    if (typeof d.title !== 'string' || typeof d.body !== 'string' || typeof d.baseVersion !== 'number' || typeof d.at !== 'number') return null;
    return { title: d.title, body: d.body, baseVersion: d.baseVersion, at: d.at };
  } catch {
    return null;
  }
}

function draftKeys(s: Storage, briefId: string): string[] {
  const prefix = draftPrefix(briefId);
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

export function subscribeLocalDrafts(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Writes quietly (no re-render): the copy is for recovery, not for display. */
export function writeLocalDraft(briefId: string, draft: LocalDraft): boolean {
  const s = store();
  if (!s) return false;
  try {
    for (const key of draftKeys(s, briefId)) if (key !== `${draftPrefix(briefId)}${draft.baseVersion}`) s.removeItem(key);
    s.setItem(`${draftPrefix(briefId)}${draft.baseVersion}`, JSON.stringify(draft));
    return true;
  } catch {
    return false; // quota exceeded: the status line still says what is unsaved
  }
}

/** At sign-out: unsaved text must not stay behind for whoever uses this browser next. */
export function clearAllLocalDrafts(): void {
  const s = store();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) s.removeItem(key);
}

export function clearLocalDrafts(briefId: string): void {
  const s = store();
  if (s) for (const key of draftKeys(s, briefId)) s.removeItem(key);
}

function newestLocalDraft(briefId: string): LocalDraft | null {
  const s = store();
  if (!s) return null;
  const drafts = draftKeys(s, briefId).flatMap((k) => parse(s.getItem(k)) ?? []);
  return drafts.sort((a, b) => b.at - a.at)[0] ?? null;
}

// What was found when the editor opened, per brief and server version: the offer must not change
// as the editor types (which rewrites the copy), only when they restore or dismiss it.
const offers = new Map<string, string | null>();
const offerKey = (briefId: string, version: number) => `${briefId}:${version}`;

/** On opening the editor: looks for unsaved text from an earlier visit that differs from the server's. */
export function openRestoreOffer(briefId: string, server: { version: number; title: string; body: string }): void {
  const draft = newestLocalDraft(briefId);
  const differs = draft && (draft.title !== server.title || draft.body !== server.body) && draft.baseVersion <= server.version;
  offers.set(offerKey(briefId, server.version), differs ? JSON.stringify(draft) : null);
  emit();
}

/** On leaving the editor, so that the next visit looks again. */
export function closeRestoreOffer(briefId: string, version: number): void {
  offers.delete(offerKey(briefId, version));
}

/** useSyncExternalStore snapshot of the offer (a string, so equal snapshots compare equal). */
export function restoreOfferSnapshot(briefId: string, version: number): string | null {
  return offers.get(offerKey(briefId, version)) ?? null;
}

export function settleRestoreOffer(briefId: string, serverVersion: number, discard: boolean): void {
  offers.set(offerKey(briefId, serverVersion), null);
  if (discard) clearLocalDrafts(briefId);
  emit();
}

export const parseLocalDraft = parse;

/** "Take theirs" keeps the editor's own text here until they dismiss it. */
export function keepMine(briefId: string, mine: LocalDraft): boolean {
  try {
    store()?.setItem(keptKey(briefId), JSON.stringify(mine));
    return true;
  } catch {
    return false;
  } finally {
    emit();
  }
}

export function keptSnapshot(briefId: string): string | null {
  return store()?.getItem(keptKey(briefId)) ?? null;
}

export function dismissKept(briefId: string): void {
  store()?.removeItem(keptKey(briefId));
  emit();
}
