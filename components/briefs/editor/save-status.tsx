import type { SavePhase } from './use-autosave';

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
}

/**
 * What has happened to the typed text. Routine states are shown quietly; trouble (offline, a
 * conflict, a refused save) is announced.
 */
export function SaveStatus({ phase, dirty, savedAt, message }: { phase: SavePhase; dirty: boolean; savedAt: string | null; message: string | null }) {
  if (phase === 'offline' || phase === 'conflict' || phase === 'error') {
    const text =
      phase === 'offline'
        ? 'Offline — kept in this browser'
        : phase === 'conflict'
          ? 'Not saved: someone saved a newer version'
          : `Not saved: ${message ?? 'the server refused the draft'}`;
    return (
      <p role="alert" className="text-sm font-medium text-csto">
        {text}
      </p>
    );
  }
  const text = phase === 'saving' ? 'Saving…' : dirty ? 'Unsaved changes' : savedAt ? `Saved ${clock(savedAt)}` : 'Saved';
  return (
    <p className="text-sm text-muted" data-save-state={phase === 'saving' ? 'saving' : dirty ? 'dirty' : 'saved'} suppressHydrationWarning>
      {text}
    </p>
  );
}
