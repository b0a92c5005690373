// The query mix of the search benchmark: what readers of a security-cooperation portal type,
// with the filters and pages the /search page offers. Raw query-string values, read through the
// page's own parseSearchParams.

export type QueryClass =
  | 'word'
  | 'two words'
  | 'phrase'
  | 'or / minus'
  | 'entity name'
  | 'alias / script'
  | 'misspelt'
  | 'filtered'
  | 'page 2–3'
  | 'long';

export interface BenchQuery {
  class: QueryClass;
  raw: Record<string, string>;
}

const q = (cls: QueryClass, text: string, extra: Record<string, string> = {}): BenchQuery => ({ class: cls, raw: { q: text, ...extra } });

export const QUERY_MIX: readonly BenchQuery[] = [
  // Common, middling and rare words of the corpus.
  q('word', 'drills'),
  q('word', 'pipeline'),
  q('word', 'peacekeeping'),
  q('word', 'sappers'),
  q('word', 'insurers'),
  q('word', 'smuggling'),
  q('two words', 'naval exercise'),
  q('two words', 'border security'),
  q('two words', 'defence spending'),
  q('two words', 'water dispute'),
  q('two words', 'amphibious landing'),
  q('phrase', '"border crossings"'),
  q('phrase', '"joint naval patrols"'),
  q('phrase', '"third country"'),
  q('phrase', '"counter-terrorism centre"'),
  q('or / minus', 'drills -Russia'),
  q('or / minus', 'pipeline OR corridor'),
  q('or / minus', 'Kazakhstan Azerbaijan -CSTO'),
  q('or / minus', 'marines OR paratroopers -NATO'),
  // Names of entities: expanded with every other name of the entity.
  q('entity name', 'Kazakhstan'),
  q('entity name', 'CSTO'),
  q('entity name', 'Birlestik-2024'),
  q('entity name', 'Aktau'),
  q('entity name', 'Nazarbayev'),
  q('entity name', 'Shanghai Cooperation Organisation'),
  q('alias / script', 'Türkiye'),
  q('alias / script', 'Казахстан'),
  q('alias / script', 'ОДКБ'),
  q('alias / script', 'Unity-2024'),
  q('alias / script', 'Nur-Sultan'),
  q('alias / script', 'Kyrgyz Republic'),
  // Misspelt names: trigram suggestions, and the correction when nothing matched.
  q('misspelt', 'Kazakstan'),
  q('misspelt', 'Azerbaijn'),
  q('misspelt', 'Tajikstan'),
  q('misspelt', 'Birlestk'),
  q('misspelt', 'Uzbekistn'),
  // Filters: era, entity, dates, type, alone and together.
  q('filtered', 'drills', { era: 'post-2022' }),
  q('filtered', 'pipeline', { era: 'csto' }),
  q('filtered', 'border', { entity: 'kazakhstan' }),
  q('filtered', 'exercise', { entity: 'birlestik-2024' }),
  q('filtered', 'summit', { entity: 'csto', era: 'csto' }),
  q('filtered', 'navy', { from: '2015-01-01', to: '2019-12-31' }),
  q('filtered', 'Türkiye', { from: '2023-01-01' }),
  q('filtered', 'Kazakhstan', { type: 'article', era: 'post-2022' }),
  q('filtered', 'Putin', { entity: 'russia', from: '2010-01-01', to: '2021-12-31' }),
  // Later pages of broad queries.
  q('page 2–3', 'drills', { page: '2' }),
  q('page 2–3', 'Kazakhstan', { page: '3' }),
  q('page 2–3', 'border security', { page: '2' }),
  q('page 2–3', 'CSTO', { page: '3', era: 'csto' }),
  // What analysts type: six to ten words, names in other forms and spellings among them; few
  // documents have them all, so most are relaxed to "most of the words".
  q('long', 'CSTO exercises with rapid reaction forces in Central Asia'),
  q('long', 'Russian naval base in Ochamchire bay Abkhazia Black Sea Fleet'),
  q('long', 'defense ministry of Kazakhstan announces joint manoeuvres with Azerbaijan'),
  q('long', 'Tajik and Uzbek troops hold first joint exercise against terrorists'),
  q('long', 'Shanghai Cooperaton Organisation anti-terror war games'),
  q('long', 'Kazakstan Azerbaijan naval drills in the Caspian without Russia'),
  q('long', 'Unity-2024 paratroopers landing at Cape Tokmak'),
  q('long', 'marines train together near Aktau -NATO'),
];
