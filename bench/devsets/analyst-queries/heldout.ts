// The held-out query set of bench/relevance.ts: written after the judged set (queries.ts), judged by
// hand from the texts of the same corpus before any of them was run, and never used to tune the
// search. Changes to ranking are made on queries.ts and unit fixtures; this set only reports.
// Judging rules: see JUDGING.md beside this file.
import { ART, one, q, two, type Judged } from './titles';

export const HELD_OUT: readonly Judged[] = [
  q('question', 'which countries took part in the Birlestik exercise in 2024', two(ART.FIVE, ART.CASPIAN, ART.BOLD, ART.UNTITLED), one(ART.UNITY)),
  q('question', 'what did Bzhania say about the Russian navy base', two(ART.ABKHAZ_BASE, ART.OCHAMCHIRA)),
  q('question', 'how many troops took part in Interaction-2009', two(ART.WAR_GAMES), one(ART.POST_SOVIET)),
  q('question', 'are Tajik and Uzbek forces preparing for militants from Afghanistan', two(ART.TAJIK_UZBEK)),
  q('question', 'why is Georgia worried about a Russian base near Anaklia', two(ART.OCHAMCHIRA), one(ART.ABKHAZ_BASE)),
  q('date', 'military exercises in Kazakhstan after 2022', two(ART.FIVE, ART.CASPIAN, ART.BOLD, ART.UNTITLED)),
  q('date', 'CSTO rapid reaction force drills before 2010', two(ART.WAR_GAMES, ART.POST_SOVIET)),
  q('date', 'Kazakh troops combat readiness check April 2022', two(ART.ALERT)),
  q('date', 'SCO counter-terror exercise in 2021', two(ART.PEACE_2021)),
  q('paraphrase', 'Turkish F-16s and Bayraktar drones in drills with Azerbaijan', two(ART.NEAR_ARMENIA)),
  q('paraphrase', 'anti-drone training at the Donguz range', two(ART.PEACE_2021)),
  q('paraphrase', 'Kazbat battalion trains with American troops', two(ART.STEPPE)),
  q('paraphrase', 'Uzbek soldiers in the Sughd region', two(ART.TAJIK_UZBEK)),
  q('paraphrase', 'Kazakh navy commander meets Azerbaijani admiral', two(ART.KHAZRI)),
  q('paraphrase', 'Caspian naval cooperation without Moscow', two(ART.KHAZRI, ART.CASPIAN), one(ART.BOLD, ART.UNTITLED)),
  q('short', 'Chebarkul training ground', two(ART.RUBEZH_2014, ART.PEACE_2018)),
  q('short', 'Mustafa Kemal Ataturk 2023', two(ART.NEAR_ARMENIA)),
  q('short', 'Tasmagambetov', two(ART.RUBEZH_2025)),
  q('short', 'Interaction-2024', two(ART.CRRF)),
  q('long', 'planning conference in Aktau for the joint exercise of five armies', two(ART.CASPIAN, ART.UNTITLED), one(ART.FIVE, ART.BOLD)),
  q('long', 'Kazakhstan and Turkey defence cooperation after Nazarbayev visited Ankara', two(ART.TURKEY)),
  q('long', 'Shanghai Cooperation Organisation exercise in the southern Urals', two(ART.PEACE_2021), one(ART.PEACE_2018)),
  q('script', 'ОДКБ Кыргызстан учения 2025', two(ART.RUBEZH_2025), one(ART.CRRF)),
  q('script', 'Абхазия база флота', two(ART.ABKHAZ_BASE, ART.OCHAMCHIRA)),
  q('spelling', 'Nakhchivan joint manoeuvres with the Turkish army', two(ART.NAKHIJEVAN), one(ART.NEAR_ARMENIA)),
  q('misspelt', 'Ochamcheera Russian warships', two(ART.OCHAMCHIRA, ART.ABKHAZ_BASE)),
];
