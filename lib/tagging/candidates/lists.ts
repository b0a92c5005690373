// Word lists behind the candidate evidence. Each list names what a reader recognises without the
// knowledge base: a press agency, a demonym, a role, a kind of vehicle. Keys are normalised
// (lowercase, no diacritics), as Token.key.
const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** News and press agencies, wire services and broadcasters that articles cite by name alone. */
export const NEWS_AGENCIES = set(`
  reuters afp ap tass interfax ria xinhua anadolu irna isna tasnim fars mehr sputnik itar bloomberg
  bbc cnn dpa efe ansa kyodo yonhap bernama antara kabar akipress kazinform azertac apa trend turan
  khovar uza dunyo tolonews pajhwok menafn ukrinform unian belta armenpress novosti regnum lenta
  kommersant vedomosti izvestia izvestiya eurasianet rferl azattyq ozodi ozodlik
`);

/** Armed and militant groups named by one word. */
export const ARMED_GROUPS = set('taliban hamas hezbollah hizbollah houthis daesh isil isis wagner peshmerga jamaat');

/** Adjectives and plurals of peoples: "Kyrgyz", "Azerbaijani", "Tajiks". Never a name on their own. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['kazakh', 'Kazakhstan'], ['kazakhstani', 'Kazakhstan'], ['kyrgyz', 'Kyrgyzstan'], ['tajik', 'Tajikistan'],
  ['uzbek', 'Uzbekistan'], ['turkmen', 'Turkmenistan'], ['azerbaijani', 'Azerbaijan'], ['azeri', 'Azerbaijan'],
  ['afghan', 'Afghanistan'], ['russian', 'Russia'], ['iranian', 'Iran'], ['turkish', 'Turkey'], ['chinese', 'China'],
  ['pakistani', 'Pakistan'], ['american', 'United States'], ['us', 'United States'], ['georgian', 'Georgia'],
  ['armenian', 'Armenia'], ['ukrainian', 'Ukraine'], ['belarusian', 'Belarus'], ['indian', 'India'],
  ['mongolian', 'Mongolia'], ['british', 'United Kingdom'], ['french', 'France'], ['german', 'Germany'],
  ['israeli', 'Israel'], ['iraqi', 'Iraq'], ['syrian', 'Syria'], ['saudi', 'Saudi Arabia'], ['qatari', 'Qatar'],
  ['emirati', 'United Arab Emirates'], ['japanese', 'Japan'], ['korean', 'South Korea'], ['polish', 'Poland'],
  ['soviet', 'Soviet Union'],
]);
/** Plural demonyms ("Tajiks", "Central Asians") and their singular. */
export function demonymKey(key: string): string | null {
  if (DEMONYMS.has(key)) return key;
  if (key.endsWith('s') && DEMONYMS.has(key.slice(0, -1))) return key.slice(0, -1);
  // "Western", "Middle Eastern": directions as adjectives.
  return /(?:ians|eans|ese|ish|ern)$/.test(key) ? key : null;
}

/** Words of institutions every state has: a phrase made only of these names nobody in particular. */
export const GENERIC_WORDS = set(`
  ministry ministries defense defence foreign affairs internal interior armed forces force air navy naval
  army border service services guard guards general staff secretariat security council committee national
  state special operations operational regional command government office administration department
  agency police intelligence emergency emergencies situations justice finance economy health education
  energy parliament presidential press detachment troops unit units headquarters embassy consulate
  court senate congress cabinet republic federal central joint military district fleet of the for and
`);

/** Roles and titles: a phrase whose head is one of these is a title, not a name. */
export const ROLE_WORDS = set(`
  minister ministers secretary president presidents chairman chairwoman chair chief chiefs head spokesman
  spokeswoman spokesperson ambassador envoy commander director governor mayor prosecutor deputy adviser
  advisor leader premier counterpart officials official general generals admiral colonel prime
  representative representatives heads
`);

/** Lowercase words before a person's name ("spokesman Ivan Petrov", "his counterpart Emomali Rahmon"). */
export const LOWER_ROLES = set(`
  spokesman spokeswoman spokesperson counterpart minister president ambassador envoy commander chief
  chairman secretary leader analyst expert researcher journalist correspondent colleague official officer
  director premier governor mayor general admiral colonel author
`);

/** Vehicles and weapons: their names ("the missile ships Tatarstan and Dagestan") are not entities here. */
export const VEHICLE_WORDS = set(`
  ship ships vessel vessels boat boats frigate frigates corvette corvettes destroyer destroyers submarine
  submarines cruiser cruisers carrier carriers tanker tankers icebreaker icebreakers minesweeper
  minesweepers aircraft jet jets fighter fighters bomber bombers helicopter helicopters drone drones plane
  planes missile missiles tank tanks rifle rifles howitzer howitzers launcher launchers class
  pipeline pipelines
`);

/** Lowercase words after a name that say it is a place ("Batken province", "Bokhtar airport"). */
export const PLACE_AFTER = set(`
  province region district oblast village town city airport port base enclave exclave river valley area
  border gorge pass mountains island peninsula settlement municipality county capital airfield airbase
  square street avenue bridge
`);
/** Lowercase words before "of X" that say X is a place ("the village of Isfana"). */
export const PLACE_OF = set('village town city enclave exclave region district province area port capital island settlement municipality');

/** Lowercase words next to a name that say it is a press outlet ("Kabar news agency", "website 24.kg"). */
export const ORGANIZATION_AFTER = set('agency newspaper daily weekly channel website portal outlet broadcaster magazine');
/** Lowercase words after a name that say it is an exercise ("Steppe Eagle drills"). */
export const EXERCISE_AFTER = set('exercise exercises drill drills maneuvers manoeuvres wargames');
/** Words before a name, inside its sentence, that say a quoted or named thing is an exercise. */
export const EXERCISE_CUES = set('exercise exercises drill drills maneuvers manoeuvres games banner dubbed codenamed named called');

/** Institutions' head nouns: a generic phrase without one ("National") is no institution at all. */
export const INSTITUTION_HEADS = set(`
  ministry ministries forces force navy army service services guard guards staff secretariat council committee
  command government office administration department agency police parliament fleet detachment headquarters
  embassy consulate court senate congress cabinet troops unit units district
`);

/** Lowercase particles inside people's names ("Faisal bin Farhan", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('bin ibn bint al el de da van von der den la le du');

/** Lowercase words before a name that say it is an event ("the spring holiday Nowruz"). */
export const EVENT_BEFORE = set('holiday festival celebration');

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Verbs of speech after a name: a person (or an organisation) speaking. */
export const SPEECH_VERBS = set('said says told noted added stressed believes emphasized emphasised expressed stated declared announced warned explained');

/** Endings of Slavic, Turkic, Caucasian and Iranian surnames. */
export const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|in|ina|sky|skiy|ski|enko|yan|shvili|dze|uly|kyzy|zade|zadeh|oglu|ogly|bayev|bekov)$/;
