import { Timestamp } from '@/components/audit/timestamp';
import { EndSessionButton, SignOutEverywhereButton } from '@/components/auth/session-buttons';
import type { SessionListItem } from '@/lib/platform/auth/user-sessions';

/** A browser's description of itself, shortened to what a person recognises. */
function browserLabel(userAgent: string): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Firefox\//.test(userAgent) ? 'Firefox' : /Edg\//.test(userAgent) ? 'Edge' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS X/.test(userAgent) ? 'macOS' : /Windows/.test(userAgent) ? 'Windows' : /Linux/.test(userAgent) ? 'Linux' : '';
  return system ? `${browser} on ${system}` : browser;
}

export function SessionList({ sessions, idleMinutes, notice }: { sessions: (SessionListItem & { current: boolean })[]; idleMinutes: number; notice?: string }) {
  return (
    <div className="space-y-3">
      {notice ? (
        <p role="status" className="text-sm">
          {notice}
        </p>
      ) : null}
      <p className="text-sm text-muted">A session ends when you sign out, after {idleMinutes} minutes without use, or when you end it here.</p>
      <ul className="divide-y divide-rule rounded border border-rule" aria-label="Active sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
            <div>
              <p className="font-medium">
                {browserLabel(s.userAgent)} · {s.address}
                {s.current ? <span className="ml-2 rounded bg-accent-soft px-1.5 text-xs">this browser</span> : null}
              </p>
              <p className="text-muted">
                Signed in <Timestamp at={s.createdAt} /> · last used <Timestamp at={s.lastSeenAt} /> (UTC)
              </p>
            </div>
            {s.current ? null : (
              <EndSessionButton sessionId={s.id} label={`End the session of ${browserLabel(s.userAgent)} at ${s.address}`} />
            )}
          </li>
        ))}
      </ul>
      <SignOutEverywhereButton />
    </div>
  );
}
