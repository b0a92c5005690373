// Titles of the judged articles (the seed's and the dev set's, see articles.json) and the helpers
// both query sets (queries.ts, heldout.ts) are written with.

export type JudgedClass =
  | 'long' | 'short' | 'script' | 'misspelt' | 'spelling' | 'vocabulary' | 'question' | 'date' | 'paraphrase'
  | 'acronym' | 'place-year' | 'participants' | 'series';

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

export const two = (...titles: (string | RegExp)[]) => titles.map((title) => ({ title, grade: 2 as const }));
export const one = (...titles: (string | RegExp)[]) => titles.map((title) => ({ title, grade: 1 as const }));
export const q = (cls: JudgedClass, text: string, ...relevant: Judged['relevant'][]): Judged => ({ q: text, class: cls, relevant: relevant.flat() });

const CSTO_DRILLS = /^(CORF|CSTO|Collective (Operational Reaction Forces|Security Treaty Organization)) Drills/;
const UNITY = /^(Birlestik|Unity)[- ]2024:/;

export const ART = { KHAZRI, CASPIAN, BOLD, UNTITLED, TURKEY, WAR_GAMES, POST_SOVIET, CRRF, RUBEZH_2025, RUBEZH_2014, ALERT, STEPPE, OCHAMCHIRA, ABKHAZ_BASE, TAJIK_UZBEK, PEACE_2018, PEACE_2021, NEAR_ARMENIA, NAKHIJEVAN, FIVE, CSTO_DRILLS, UNITY } as const;
