/**
 * Server actions can be called with anything, not only the form they were written for. These read
 * a FormData defensively: a missing or forged argument reads as empty fields, which validation
 * then refuses with a clear message instead of a crash.
 */
export function formEntries(formData: unknown): Record<string, string> {
  if (!(formData instanceof FormData)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string') out[key] = value;
  return out;
}

/** The named fields of a submission as strings ('' when absent), for zod and for echoing back. */
export function formFields<K extends string>(formData: unknown, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, formField(formData, n)])) as Record<K, string>;
}

export function formField(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value : '';
}

/**
 * A failed zod parse as the form's field errors, keyed by input name; issues about the whole
 * form are kept under `form`. The one mapping every action uses.
 */
type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

export function fieldErrors(error: Issues): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return out;
}

/** The first message of a failed parse, for an answer that has room for one; `fallback` if it has none. */
export function firstIssue(error: Issues, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}
