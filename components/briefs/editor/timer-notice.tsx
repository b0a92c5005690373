import type { TimerStep } from '@/lib/briefs/timer-steps';
import { formatUtc } from './format-time';

/** What the timer did with the brief, on its editor page, while it is the brief's last step. */
export function TimerNotice({ step, authorName, mailed }: { step: TimerStep; authorName: string; mailed: boolean }) {
  const told = mailed ? ` ${authorName} is told by mail.` : '';
  if (step.outcome === 'published') {
    return (
      <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
        Published on schedule by the timer, <time dateTime={step.at.toISOString()}>{formatUtc(step.at)}</time>.{told}
      </p>
    );
  }
  return (
    <p role="status" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
      The scheduled publication did not happen (<time dateTime={step.at.toISOString()}>{formatUtc(step.at)}</time>); the brief is a draft again. {step.reason}
      {told}
    </p>
  );
}

/** The same, in a line of the editor's brief list. */
export function timerStepText(step: TimerStep): string {
  return step.outcome === 'published' ? `published on schedule ${formatUtc(step.at)}` : `scheduled publication failed ${formatUtc(step.at)}, back to draft`;
}
