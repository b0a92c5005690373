import type { ReactNode } from 'react';
import type { PeopleFormState } from '@/lib/people/form-state';
import { inputClass } from '@/components/ui/field';
import { FailureAlert } from '@/components/ui/form-message';

// Shared by the people forms (client leaves); no state, no data access.

export const fieldClass = `${inputClass} aria-invalid:border-csto`;
export const buttonClass = 'rounded bg-accent px-3 py-2 font-medium text-paper disabled:opacity-60';

/** The first error the last submission gave for a field. */
export function errorFor<T>(state: PeopleFormState<T>, name: string): string | undefined {
  return state.ok ? undefined : state.fieldErrors?.[name]?.[0];
}

/** What an input needs so that its error is announced with it. */
export function describedBy(id: string, error: string | undefined) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined } as const;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span id={`${id}-error`} className="mt-1 block text-sm text-csto">
      {error}
    </span>
  ) : null;
}

/** A label, its control and its error, as siblings: the error is a description, not the name. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="block">
        {label}
        {hint ? <span className="text-muted"> ({hint})</span> : null}
      </label>
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FormAlert<T>({ state }: { state: PeopleFormState<T> }) {
  return state.ok || !state.message ? null : <FailureAlert message={state.message} />;
}
