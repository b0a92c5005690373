// The judged query set of bench/relevance.ts: what analysts type, short and long, names in several
// scripts, misspelt, in British and American spelling, with the articles that answer each (grade
// 2: about it; 1: relevant). Judged by title: a string is one real article (the seed's, or the dev
// set's in articles.json), a pattern any article of the synthetic distractors whose title says the
// same. Written from the texts, before looking at any ranking.

import { ART, one, q, two, type Judged } from './titles';

export type { Judged, JudgedClass } from './titles';

export const JUDGED: readonly Judged[] = [
  q('long', 'CSTO exercises with rapid reaction forces in Central Asia', two(ART.WAR_GAMES, ART.POST_SOVIET, ART.CRRF), one(ART.RUBEZH_2025, ART.RUBEZH_2014, ART.CSTO_DRILLS)),
  q('long', 'Russian naval base in Ochamchire bay Abkhazia', two(ART.OCHAMCHIRA, ART.ABKHAZ_BASE), one(/Ochamchira/)),
  q('long', 'Russia plans permanent navy base in Abkhazia for the Black Sea Fleet', two(ART.ABKHAZ_BASE, ART.OCHAMCHIRA)),
  q('long', 'Tajik and Uzbek troops hold first joint exercise against terrorists', two(ART.TAJIK_UZBEK)),
  q('long', 'SCO Peace Mission anti-terror war game at Chelyabinsk', two(ART.PEACE_2018), one(ART.PEACE_2021)),
  q('long', 'Shanghai Cooperation Organisation counter-terrorism exercise Orenburg 2021', two(ART.PEACE_2021), one(ART.PEACE_2018)),
  q('long', 'Azerbaijani and Turkish forces drill in Nakhijevan', two(ART.NAKHIJEVAN), one(ART.NEAR_ARMENIA)),
  q('long', 'Azerbaijan and Turkey exercises near the Armenian border after Karabakh', two(ART.NEAR_ARMENIA), one(ART.NAKHIJEVAN)),
  q('long', 'US and British troops train in Kazakhstan during Steppe Eagle', two(ART.STEPPE)),
  q('long', 'Kazakh army put on training alert with tactical exercises at night', two(ART.ALERT)),
  q('long', 'five countries hold large military exercises in Kazakhstan in 2024', two(ART.FIVE, ART.CASPIAN), one(ART.BOLD, ART.UNTITLED, ART.UNITY)),
  q('long', 'Caspian states hold drills for the first time without Russia', two(ART.CASPIAN), one(ART.BOLD, ART.UNTITLED, ART.KHAZRI, ART.FIVE)),
  q('long', 'Kazakhstan and Azerbaijan naval exercise in Baku in October 2023', two(ART.KHAZRI)),
  q('long', 'Turkey offered joint military exercises by Kazakhstan', two(ART.TURKEY)),
  q('long', 'Matybulak training ground CSTO drills 2009', two(ART.WAR_GAMES, ART.POST_SOVIET)),
  q('long', 'Rubezh command and staff exercise in Kyrgyzstan with drones', two(ART.RUBEZH_2025)),
  q('long', 'Frontier-2014 exercise at Chebarkul with Tajik units', two(ART.RUBEZH_2014)),
  q('short', 'Ochamchira', two(ART.OCHAMCHIRA, ART.ABKHAZ_BASE), one(/Ochamchira/)),
  q('short', 'Ochamchire', two(ART.ABKHAZ_BASE, ART.OCHAMCHIRA), one(/Ochamchira/)),
  q('short', 'Steppe Eagle', two(ART.STEPPE)),
  q('short', 'Peace Mission', two(ART.PEACE_2018, ART.PEACE_2021), one(/^Peace Mission/)),
  q('short', 'Birlestik', two(ART.FIVE, ART.CASPIAN, ART.BOLD), one(ART.UNTITLED, ART.UNITY)),
  q('short', 'Nakhijevan drills', two(ART.NAKHIJEVAN)),
  q('short', 'Khazri-2023', two(ART.KHAZRI), one(/^Khazri[- ]2023/)),
  q('script', 'ОДКБ учения', one(ART.WAR_GAMES, ART.POST_SOVIET, ART.CRRF, ART.RUBEZH_2025, ART.RUBEZH_2014, ART.CSTO_DRILLS)),
  q('script', 'Мирная миссия', two(ART.PEACE_2018, ART.PEACE_2021), one(/^Peace Mission/)),
  q('script', 'Бірлестік', two(ART.CASPIAN, ART.FIVE), one(ART.BOLD, ART.UNTITLED, ART.UNITY)),
  q('script', 'Степной орёл Казахстан', two(ART.STEPPE)),
  q('script', 'Абхазия naval base', two(ART.ABKHAZ_BASE, ART.OCHAMCHIRA), one(/Ochamchira/)),
  q('script', 'Таджикистан Узбекистан joint exercises', two(ART.TAJIK_UZBEK)),
  q('script', 'Назарбаев Ankara strategic partnership', two(ART.TURKEY)),
  q('misspelt', 'Ochamchra naval base', two(ART.OCHAMCHIRA, ART.ABKHAZ_BASE), one(/Ochamchira/)),
  q('misspelt', 'Kazakstan Turkey military exercises', two(ART.TURKEY)),
  q('misspelt', 'Tajikstan Uzbekistan joint exercises', two(ART.TAJIK_UZBEK)),
  q('misspelt', 'Shanghai Cooperaton Organisation anti-terror drills', two(ART.PEACE_2018, ART.PEACE_2021)),
  q('misspelt', 'Azerbaijn Kazakhstan naval exercise Baku', two(ART.KHAZRI)),
  q('misspelt', 'Birlestk exercises', two(ART.FIVE, ART.CASPIAN), one(ART.BOLD, ART.UNTITLED, ART.UNITY)),
  q('misspelt', 'Zhaksybekov Turkish ambasador', two(ART.TURKEY)),
  q('spelling', 'defense ministry of Kazakhstan exercises', two(ART.FIVE, ART.STEPPE, ART.ALERT), one(ART.CASPIAN)),
  q('spelling', 'Kazakh defence minister meets Turkish ambassador', two(ART.TURKEY)),
  q('spelling', 'ministry of defence Tajikistan CSTO', two(ART.RUBEZH_2014)),
  q('spelling', 'Kazakhstan army tactical manoeuvres', two(ART.ALERT)),
  q('spelling', 'defence organisation rapid reaction force Kazakhstan', two(ART.POST_SOVIET, ART.WAR_GAMES)),
  q('spelling', 'Kyrgyz defence ministry CSTO exercise', two(ART.RUBEZH_2025)),
  q('vocabulary', 'war games Central Asia rapid reaction force', two(ART.WAR_GAMES), one(ART.POST_SOVIET)),
  q('vocabulary', 'SCO anti-terror drill 2018', two(ART.PEACE_2018)),
  q('vocabulary', 'counterterrorism exercise SCO Orenburg', two(ART.PEACE_2021)),
  q('vocabulary', 'MoD Tajikistan exercise Chebarkul', two(ART.RUBEZH_2014)),
  q('vocabulary', 'drills Russian navy Ochamchira', two(ART.OCHAMCHIRA), one(ART.ABKHAZ_BASE)),
  q('vocabulary', 'Tajik Uzbek drills Sughd', two(ART.TAJIK_UZBEK)),
];
