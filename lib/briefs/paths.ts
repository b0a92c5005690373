/** A brief's reader page, and one revision's permalink. */
export const briefHref = (slug: string) => `/briefs/${slug}`;
export const revisionHref = (slug: string, n: number) => `/briefs/${slug}/v/${n}`;
