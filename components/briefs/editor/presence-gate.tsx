'use client';

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { briefHeartbeatAction, leaveBriefAction, type PresenceView } from '@/lib/briefs/actions/presence';
import { HEARTBEAT_MS } from '@/lib/briefs/presence-timing';

const LockedContext = createContext(false);

/** Whether someone else holds this brief's lock: the editor's text is then read-only here. */
export function useLockedByOther(): boolean {
  return useContext(LockedContext);
}

const clock = (iso: string) => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/**
 * Who else has this brief open, and the soft lock (as WordPress has it): while someone else holds
 * it, the text below is shown read-only, with the choice to take over; workflow steps stay open
 * (they are checked against the saved version anyway). Whoever is
 * taken over is told so at their next heartbeat; what they typed stays in the browser copy and
 * their next save meets the usual conflict view, so nothing is lost.
 */
export function PresenceGate({ briefId, children }: { briefId: string; children: ReactNode }) {
  const [view, setView] = useState<PresenceView | null>(null);
  const [lostTo, setLostTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const held = useRef(false);

  const beat = useCallback(
    async (takeOver = false) => {
      const result = await briefHeartbeatAction({ briefId, takeOver });
      if (!result.ok || !result.data) return;
      const next = result.data;
      if (held.current && !next.mine && next.holder) setLostTo(next.holder.name);
      if (next.mine) setLostTo(null);
      held.current = next.mine;
      setView(next);
    },
    [briefId],
  );

  useEffect(() => {
    // The first heartbeat right away (as a task, so that its answer never lands inside this effect).
    const first = setTimeout(() => void beat(), 0);
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const leave = () => void leaveBriefAction({ briefId });
    window.addEventListener('pagehide', leave);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
    };
  }, [beat, briefId]);

  const blocked = Boolean(view && !view.mine && view.holder);
  const watchers = view?.others.filter((o) => o.name !== view.holder?.name) ?? [];
  return (
    <div className="space-y-3">
      {blocked && view?.holder ? (
        <section aria-label="Someone else is editing" className="space-y-2 rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm">
          <p role="status">
            {lostTo ? `${lostTo} took over this brief. ` : ''}
            <strong>{view.holder.name}</strong> has been editing since {clock(view.holder.since)}. You can read along; to edit, take over (their unsaved
            typing stays in their browser and meets the conflict view when they save).
          </p>
          <button
            type="button"
            disabled={pending}
            className="rounded bg-accent px-3 py-1.5 font-medium text-paper disabled:opacity-60"
            onClick={async () => {
              setPending(true);
              await beat(true);
              setPending(false);
            }}
          >
            Take over
          </button>
        </section>
      ) : null}
      {!blocked && watchers.length > 0 ? (
        <p role="status" className="text-sm text-muted">
          Also open by {watchers.map((o) => `${o.name} (since ${clock(o.openedAt)})`).join(', ')}.
        </p>
      ) : null}
      <LockedContext value={blocked}>{children}</LockedContext>
    </div>
  );
}
