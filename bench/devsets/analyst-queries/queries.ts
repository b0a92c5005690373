// The judged query set of bench/relevance.ts: what analysts type, short and long, names in several
// scripts, misspelt, in British and American spelling, with the articles that answer each (grade
// 2: about it; 1: relevant). Judged by title: a string is one real article (the seed's, or the dev
// set's in articles.json), a pattern any article of the synthetic distractors whose title says the
// same. Written from the texts, before looking at any ranking.

export type JudgedClass = 'long' | 'short' | 'script' | 'misspelt' | 'spelling' | 'vocabulary';

export interface Judged {
  q: string;
  class: JudgedClass;
  relevant: { title: string | RegExp; grade: 1 | 2 }[];
}

const KHAZRI = 'Kazakhstan and Azerbaijan Hold Military Drills without Russia: Khazri-2023';
const CASPIAN = 'Caspian States to Hold Military Drills for the First Time Without Russia’s Participation';
const BOLD = "Central Asia's Bold Move: Hosting Major Military Drills sans Russia";
const UNTITLED = 'after-gaining-independence-the-central-asian-states-which-were-part-of-the';
const TURKEY = 'Kazakhstan Offers to Hold Joint Military Exercises With Turkey';
const WAR_GAMES = 'Russia flexes muscles with Central Asian war games';
const POST_SOVIET = 'Post-Soviet states to hold military drills in Kazakhstan';
const CRRF = 'Representatives of region discuss use of CSTO Rapid Reaction Forces';
const RUBEZH_2025 = 'CSTO Rubezh 2025 command and staff exercises start in Kyrgyzstan';
const RUBEZH_2014 = 'Tajik MoD task force joins CSTO exercise Rubezh-2014 in Russia';
const ALERT = 'Kazakhstan puts troops on training alert';
const STEPPE = 'US and UK send military to exercises in Kazakhstan';
const OCHAMCHIRA = 'Russian navy in Ochamchira';
const ABKHAZ_BASE = 'Russian Navy to create permanent base in Abkhazia';
const TAJIK_UZBEK = 'Tajikistan, Uzbekistan to conduct joint exercises on September 18-22';
const PEACE_2018 = 'SCO delegations discuss Peace Mission 2018 anti-terror war game';
const PEACE_2021 = 'About 5,500 servicemen to take part in SCO Peace Mission-2021';
const NEAR_ARMENIA = 'Azerbaijan, Turkey hold joint military drills near Armenia';
const NAKHIJEVAN = 'Azerbaijan, Turkey launch joint military exercise in Nakhijevan';
const FIVE = 'Large-scale military exercises with five countries to be held in Kazakhstan in 2024';

const two = (...titles: (string | RegExp)[]) => titles.map((title) => ({ title, grade: 2 as const }));
const one = (...titles: (string | RegExp)[]) => titles.map((title) => ({ title, grade: 1 as const }));
const q = (cls: JudgedClass, text: string, ...relevant: Judged['relevant'][]): Judged => ({ q: text, class: cls, relevant: relevant.flat() });

const CSTO_DRILLS = /^(CORF|CSTO|Collective (Operational Reaction Forces|Security Treaty Organization)) Drills/;
const UNITY = /^(Birlestik|Unity)[- ]2024:/;

export const JUDGED: readonly Judged[] = [
  q('long', 'CSTO exercises with rapid reaction forces in Central Asia', two(WAR_GAMES, POST_SOVIET, CRRF), one(RUBEZH_2025, RUBEZH_2014, CSTO_DRILLS)),
  q('long', 'Russian naval base in Ochamchire bay Abkhazia', two(OCHAMCHIRA, ABKHAZ_BASE), one(/Ochamchira/)),
  q('long', 'Russia plans permanent navy base in Abkhazia for the Black Sea Fleet', two(ABKHAZ_BASE, OCHAMCHIRA)),
  q('long', 'Tajik and Uzbek troops hold first joint exercise against terrorists', two(TAJIK_UZBEK)),
  q('long', 'SCO Peace Mission anti-terror war game at Chelyabinsk', two(PEACE_2018), one(PEACE_2021)),
  q('long', 'Shanghai Cooperation Organisation counter-terrorism exercise Orenburg 2021', two(PEACE_2021), one(PEACE_2018)),
  q('long', 'Azerbaijani and Turkish forces drill in Nakhijevan', two(NAKHIJEVAN), one(NEAR_ARMENIA)),
  q('long', 'Azerbaijan and Turkey exercises near the Armenian border after Karabakh', two(NEAR_ARMENIA), one(NAKHIJEVAN)),
  q('long', 'US and British troops train in Kazakhstan during Steppe Eagle', two(STEPPE)),
  q('long', 'Kazakh army put on training alert with tactical exercises at night', two(ALERT)),
  q('long', 'five countries hold large military exercises in Kazakhstan in 2024', two(FIVE, CASPIAN), one(BOLD, UNTITLED, UNITY)),
  q('long', 'Caspian states hold drills for the first time without Russia', two(CASPIAN), one(BOLD, UNTITLED, KHAZRI, FIVE)),
  q('long', 'Kazakhstan and Azerbaijan naval exercise in Baku in October 2023', two(KHAZRI)),
  q('long', 'Turkey offered joint military exercises by Kazakhstan', two(TURKEY)),
  q('long', 'Matybulak training ground CSTO drills 2009', two(WAR_GAMES, POST_SOVIET)),
  q('long', 'Rubezh command and staff exercise in Kyrgyzstan with drones', two(RUBEZH_2025)),
  q('long', 'Frontier-2014 exercise at Chebarkul with Tajik units', two(RUBEZH_2014)),
  q('short', 'Ochamchira', two(OCHAMCHIRA, ABKHAZ_BASE), one(/Ochamchira/)),
  q('short', 'Ochamchire', two(ABKHAZ_BASE, OCHAMCHIRA), one(/Ochamchira/)),
  q('short', 'Steppe Eagle', two(STEPPE)),
  q('short', 'Peace Mission', two(PEACE_2018, PEACE_2021), one(/^Peace Mission/)),
  q('short', 'Birlestik', two(FIVE, CASPIAN, BOLD), one(UNTITLED, UNITY)),
  q('short', 'Nakhijevan drills', two(NAKHIJEVAN)),
  q('short', 'Khazri-2023', two(KHAZRI), one(/^Khazri[- ]2023/)),
  q('script', 'ОДКБ учения', one(WAR_GAMES, POST_SOVIET, CRRF, RUBEZH_2025, RUBEZH_2014, CSTO_DRILLS)),
  q('script', 'Мирная миссия', two(PEACE_2018, PEACE_2021), one(/^Peace Mission/)),
  q('script', 'Бірлестік', two(CASPIAN, FIVE), one(BOLD, UNTITLED, UNITY)),
  q('script', 'Степной орёл Казахстан', two(STEPPE)),
  q('script', 'Абхазия naval base', two(ABKHAZ_BASE, OCHAMCHIRA), one(/Ochamchira/)),
  q('script', 'Таджикистан Узбекистан joint exercises', two(TAJIK_UZBEK)),
  q('script', 'Назарбаев Ankara strategic partnership', two(TURKEY)),
  q('misspelt', 'Ochamchra naval base', two(OCHAMCHIRA, ABKHAZ_BASE), one(/Ochamchira/)),
  q('misspelt', 'Kazakstan Turkey military exercises', two(TURKEY)),
  q('misspelt', 'Tajikstan Uzbekistan joint exercises', two(TAJIK_UZBEK)),
  q('misspelt', 'Shanghai Cooperaton Organisation anti-terror drills', two(PEACE_2018, PEACE_2021)),
  q('misspelt', 'Azerbaijn Kazakhstan naval exercise Baku', two(KHAZRI)),
  q('misspelt', 'Birlestk exercises', two(FIVE, CASPIAN), one(BOLD, UNTITLED, UNITY)),
  q('misspelt', 'Zhaksybekov Turkish ambasador', two(TURKEY)),
  q('spelling', 'defense ministry of Kazakhstan exercises', two(FIVE, STEPPE, ALERT), one(CASPIAN)),
  q('spelling', 'Kazakh defence minister meets Turkish ambassador', two(TURKEY)),
  q('spelling', 'ministry of defence Tajikistan CSTO', two(RUBEZH_2014)),
  q('spelling', 'Kazakhstan army tactical manoeuvres', two(ALERT)),
  q('spelling', 'defence organisation rapid reaction force Kazakhstan', two(POST_SOVIET, WAR_GAMES)),
  q('spelling', 'Kyrgyz defence ministry CSTO exercise', two(RUBEZH_2025)),
  q('vocabulary', 'war games Central Asia rapid reaction force', two(WAR_GAMES), one(POST_SOVIET)),
  q('vocabulary', 'SCO anti-terror drill 2018', two(PEACE_2018)),
  q('vocabulary', 'counterterrorism exercise SCO Orenburg', two(PEACE_2021)),
  q('vocabulary', 'MoD Tajikistan exercise Chebarkul', two(RUBEZH_2014)),
  q('vocabulary', 'drills Russian navy Ochamchira', two(OCHAMCHIRA), one(ABKHAZ_BASE)),
  q('vocabulary', 'Tajik Uzbek drills Sughd', two(TAJIK_UZBEK)),
];
