// Shared prose for the synthetic tests: long enough to read as body paragraphs.
export const PROSE_1 =
  'Five Caspian and Central Asian states agreed to hold joint exercises in July without Russian participation. The drills will take place near Aktau and on the coast, officials said after the planning conference.';
export const PROSE_2 =
  'Analysts describe the plan as a sign that the region is diversifying its security partnerships. They add that Moscow, absorbed by the war in Ukraine, has less capacity to shape military cooperation among its neighbours.';
export const PROSE_3 =
  'The ministries will meet again in June to agree the final scenario, which is expected to include a landing exercise, a search-and-rescue drill and a command post exercise conducted at night.';

export function doc(...lines: string[]): string {
  return lines.join('\n');
}
