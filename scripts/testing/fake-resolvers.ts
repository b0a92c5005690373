import type { CitationTarget, Resolvers } from '../../lib/formats/markdown/types';

const ARTICLES: Record<string, string> = { 'army-drills-2024': 'Army drills near Almaty', 'csto-summit': 'CSTO summit <ends>' };

const COUNTRIES = ['kazakhstan', 'kyrgyzstan', 'russia', 'uzbekistan'];

/**
 * A small in-memory knowledge base: paragraphs 1–9 of two articles, one exercise with an alias,
 * four countries and one organization (csto) for figures.
 */
export function fakeResolvers(overrides: Partial<Record<string, Partial<CitationTarget>>> = {}): Resolvers & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    citation(articleSlug, position) {
      calls.push(`citation:${articleSlug}#p-${position}`);
      const articleTitle = ARTICLES[articleSlug];
      if (!articleTitle || position > 9) return null;
      return { articleSlug, articleTitle, position, text: `Paragraph ${position} of ${articleSlug}.`, ...overrides[`${articleSlug}#p-${position}`] };
    },
    entity(name) {
      calls.push(`entity:${name}`);
      return ['birlestik-2024', 'unity-2024'].includes(name.toLowerCase()) ? { href: '/exercises/birlestik-2024', name: 'Birlestik-2024' } : null;
    },
    figureScope(kind, slug) {
      calls.push(`${kind}:${slug}`);
      return kind === 'country' ? COUNTRIES.includes(slug) : slug === 'csto';
    },
  };
}
