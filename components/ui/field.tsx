import type { ReactNode } from 'react';
import { FieldError } from './form-message';

export const inputClass = 'mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-ink';

/** A labelled field with its hint and errors, wired for screen readers (aria-describedby on the control). */
export function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** aria attributes for a field's control. */
export function described(id: string, errors: Record<string, string[]>, hint = true) {
  const ids = [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': errors[id] ? true : undefined, 'aria-describedby': ids || undefined };
}
