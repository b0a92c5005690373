/** A refusal of the last submission, announced to screen readers at once. */
export function FailureAlert({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded border border-csto/40 bg-csto-soft px-3 py-2 text-sm text-csto">
      {message}
    </p>
  );
}

/** The outcome of a form's last submission, announced to screen readers. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded border border-post/40 bg-post-soft px-3 py-2 text-sm text-post">
      {state.message}
    </p>
  ) : (
    <FailureAlert message={state.message} />
  );
}

export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-csto">
      {errors.join(' ')}
    </p>
  );
}
