/** Slugs are lowercase ascii words joined by hyphens; anything else cannot exist, so skip the query. */
export function isValidSlug(slug: string): boolean {
  return slug.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
