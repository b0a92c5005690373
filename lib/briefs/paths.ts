/** A brief's reader page, and one revision's permalink. */
export const briefHref = (slug: string) => `/briefs/${slug}`;
export const revisionHref = (slug: string, n: number) => `/briefs/${slug}/v/${n}`;
export const historyHref = (slug: string) => `/briefs/${slug}/history`;
export const diffHref = (slug: string, from: number, to: number) => `/briefs/${slug}/diff?from=${from}&to=${to}`;

/** An author's public page and feed, by the slug of their name (lib/briefs/authors.ts). */
export const authorHref = (slug: string) => `/authors/${slug}`;
export const authorFeedPath = (slug: string) => `/feeds/authors/${slug}.atom`;
