/** How many related articles an article page lists. */
export const RELATED_LIMIT = 4;

/**
 * What sharing an entity says about two articles: the rarer it is across the articles, the more
 * (inverse document frequency, ln(total / articles naming it)). An entity that at least half the
 * articles name (Russia, in a corpus about Russia's neighbours) says nothing and weighs 0.
 */
export function entityWeight(articlesNaming: number, totalArticles: number): number {
  if (articlesNaming <= 0 || totalArticles <= 0 || articlesNaming * 2 >= totalArticles) return 0;
  return Math.log(totalArticles / articlesNaming);
}

export interface SharedEntity {
  id: string;
  name: string;
  /** How many articles name it (or cite it in a fact), this one included. */
  articles: number;
}

/** The entities worth relating by, rarest first: those of weight 0 are left out. */
export function weightedEntities<T extends SharedEntity>(entities: T[], totalArticles: number): (T & { weight: number })[] {
  return entities
    .map((e) => ({ ...e, weight: entityWeight(e.articles, totalArticles) }))
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
}

/** "Khazri-2023", "Khazri-2023 and Baku", "Khazri-2023, Baku and 2 more": why an article is listed. */
export function sharedNames(names: string[], shown = 2): string {
  if (names.length <= shown) return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? '');
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${rest} more`;
}
