'use client';

import { useState, useTransition, type FormEvent } from 'react';
import type { PeopleFormState } from '@/lib/people/form-state';
import { PASSWORDS_DIFFER } from '@/lib/people/password-messages';
import { errorFor } from './form-bits';

/**
 * For forms with a password and its confirmation. React resets a form after its action runs, which
 * emptied both password fields (and the others) whenever the server refused a submission. This
 * submits through a transition instead, so a refused form keeps everything as typed, and catches
 * two passwords that differ before sending them anywhere. Without JavaScript the form still posts
 * and the server says the same. `err` gives each field its message: the mismatch on the
 * confirmation, else what the server said.
 */
export function usePasswordPair(action: (data: FormData) => void, state: PeopleFormState, names: { password: string; confirm: string }) {
  const [mismatch, setMismatch] = useState<string>();
  const [, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (data.get(names.password) !== data.get(names.confirm)) {
      setMismatch(PASSWORDS_DIFFER);
      const confirm = form.elements.namedItem(names.confirm);
      if (confirm instanceof HTMLInputElement) {
        confirm.focus();
        confirm.select();
      }
      return;
    }
    setMismatch(undefined);
    startTransition(() => action(data));
  }
  const err = (field: string) => (field === names.confirm && mismatch) || errorFor(state, field);
  return { onSubmit, err };
}
