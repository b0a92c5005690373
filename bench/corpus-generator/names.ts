import type { PoolEntity } from './entity-pool';
import type { Random } from './random';

// Names that read without "the" even though their slot usually takes it.
const NO_ARTICLE = new Set([
  'NATO', 'OTAN', 'KAZBAT', 'Central Asia', 'Europe', 'Karabakh', 'Garabagh', 'Qarabağ', 'Cape Tokmak', 'Oymasha', 'Ojmasza',
  'Azernews', 'AzerNews', 'Azer News', 'Rakhat TV', 'Nezavisimoye Voyennoye Obozreniye', 'NVO', 'PAP', 'KADEX 2010', 'KADEX-2010',
]);
const COUNTRY_WITH_ARTICLE = /^(?:Republic|United|Russian Federation|Kyrgyz Republic|Islamic|People's|Union|US$|UK$|USA$|PRC$)/u;
// Event names that are titles in the knowledge base but common nouns in a sentence.
const LOWER_HEAD = /^(?:Dissolution|Collapse)\b/u;

function needsArticle(entity: PoolEntity, name: string): boolean {
  if (NO_ARTICLE.has(name)) return false;
  switch (entity.slot) {
    case 'person':
      return false;
    case 'country':
      return COUNTRY_WITH_ARTICLE.test(name);
    case 'city':
      return name.includes(' ');
    case 'exercise':
      return /^\d/u.test(name);
    default:
      return true;
  }
}

function possessive(name: string, random: Random): string {
  return `${name}${random.chance(0.2) ? '’' : "'"}s`;
}

export interface NameOptions {
  year: number;
  possessive: boolean;
  /** True once the article has named the entity in full, so a surname may stand alone. */
  introduced: boolean;
  /** False for a name used as a modifier ("the CSTO summit", "a NATO exercise"): no "the", no parentheses. */
  bare: boolean;
  /** Whether a native form may follow in parentheses. */
  native: boolean;
}

/**
 * How a text names an entity this time: mostly its usual English name, sometimes another of its
 * names in use that year, now and then the native form in parentheses, and a person's surname once
 * the full name has appeared.
 */
export function nameInText(entity: PoolEntity, random: Random, options: NameOptions): string {
  let name = entity.name;
  let native = '';
  const aliases = entity.aliases.filter((a) => a.from <= options.year && options.year <= a.to);
  if (entity.slot === 'person' && options.introduced && entity.surnames.length > 0 && random.chance(0.6)) {
    name = random.pick(entity.surnames);
  } else if (aliases.length > 0 && random.chance(0.16)) {
    name = random.pick(aliases).name;
  } else if (entity.native.length > 0 && !options.possessive && !options.bare && options.native && random.chance(0.06)) {
    native = ` (${random.pick(entity.native)})`;
  }
  if (entity.slot === 'event' && LOWER_HEAD.test(name)) name = name.charAt(0).toLowerCase() + name.slice(1);
  const text = options.possessive ? possessive(name, random) : name + native;
  return !options.bare && needsArticle(entity, name) ? `the ${text}` : text;
}
