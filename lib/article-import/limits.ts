/** What one import request may carry: generous for articles, small enough to refuse a mistake clearly. */
export const IMPORT_LIMITS = {
  /** Per uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Files an editor may pick at once. */
  maxFilesPerBatch: 100,
  /** Pasted text. */
  maxPasteChars: 500_000,
  /** Text extracted from one file: more is not an article. */
  maxTextChars: 1_000_000,
  /** A page fetched by URL. */
  maxFetchBytes: 5 * 1024 * 1024,
  fetchTimeoutMs: 10_000,
} as const;

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function tooLargeMessage(bytes: number, limit: number = IMPORT_LIMITS.maxFileBytes): string {
  return `This file is ${mb(bytes)}; the limit is ${mb(limit)} a file. Split it, or save only the article.`;
}

/** Why a batch is refused, or null: the files chosen now and those still waiting in the list count together. */
export function batchLimitMessage(chosen: number, listed: number, limit: number = IMPORT_LIMITS.maxFilesPerBatch): string | null {
  if (chosen + listed <= limit) return null;
  const already = listed > 0 ? ` and ${listed} ${listed === 1 ? 'is' : 'are'} still in the list` : '';
  return `At most ${limit} files at a time: you chose ${chosen}${already}. Import or remove some, or choose fewer.`;
}
