'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { KbFormState } from '@/lib/knowledge-base/actions/entities';

type Action = (prev: KbFormState, formData: FormData) => Promise<KbFormState>;

/**
 * A small form around one action: its message, its hidden fields, and its fields rendered with
 * the last submission's values and errors (so nothing typed is lost on a refusal).
 */
export function SmallForm({ action, label, hidden, submit, children, className }: {
  action: Action;
  label: string;
  hidden: Record<string, string>;
  submit: string;
  children?: (state: { values: Record<string, string>; errors: Record<string, string[]> }) => ReactNode;
  className?: string;
}) {
  const [state, run, pending] = useActionState(action, {} as KbFormState);
  return (
    <form action={run} aria-label={label} className={className ?? 'space-y-2'}>
      <FormMessage state={{ ok: state.ok ?? true, message: state.message }} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={state.conflict && name === 'version' ? String(state.conflict.version) : value} />
      ))}
      {children?.({ values: state.values ?? {}, errors: state.fieldErrors ?? {} })}
      <button type="submit" disabled={pending} className="rounded border border-rule px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50">
        {pending ? 'Working…' : submit}
      </button>
    </form>
  );
}
