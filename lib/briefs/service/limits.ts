// Size limits shared by the editor (to warn while typing) and the server (to refuse); no zod here,
// so the client bundle stays small.
export const MAX_TITLE = 200;
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_NOTE = 1000;

/** UTF-8 size, as the database and the request limit count it. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function bodySizeError(body: string): string | null {
  const bytes = byteLength(body);
  if (bytes <= MAX_BODY_BYTES) return null;
  return `The brief is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_BODY_BYTES / 1024} KB. Shorten it or split it into two briefs.`;
}

/** How long a never-published brief stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;

export const purgeDate = (trashedAt: Date) => new Date(trashedAt.getTime() + TRASH_DAYS * 86_400_000);
