import type { ProposedRole } from './types';

export interface Cue {
  role: ProposedRole;
  /** 'after': the cue governs the names that follow it ("hosted by A"); 'before': those before it ("A hosted"). */
  side: 'after' | 'before';
  pattern: RegExp;
  /** The role an organization named there takes, when not `role`; null: organizations are not governed. */
  organizationRole?: ProposedRole | null;
  /** The role a country named there takes, when not `role`; null: countries are not governed. */
  countryRole?: ProposedRole | null;
}

const EXERCISE_NOUN = String.raw`(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games?|trainings?|games|operations?)`;

// Order matters: a name is governed by the first cue that claims it, so negations come before
// the positive wording they contain ("did not take part" before "take part").
export const CUES: readonly Cue[] = [
  { role: 'stayed-away', side: 'after', pattern: /\bwithout(?:\s+the)?(?:\s+(?:participation|involvement|presence|participation|troops|forces))?(?:\s+of)?\b/gi },
  { role: 'stayed-away', side: 'after', pattern: /\b(?:excluding|except(?:\s+for)?|apart\s+from|with\s+the\s+exception\s+of|absent\s+(?:were|was))\b/gi },
  {
    role: 'stayed-away',
    side: 'before',
    pattern:
      /(?:['’]s\s+(?:absence|exclusion|non-participation|refusal)|\bnot\s+to\s+(?:take\s+part|participate|join|attend|send)|\b(?:is|are|was|were)\s+not\s+(?:taking\s+part|participating|joining|attending)|\b(?:did|does|do|will|would|has|have)\s*(?:not|n['’]t)\s+(?:(?:take|taken|took)(?:\s+part)?|participate|participated|join|joined|send|sent|attend|attended)|\b(?:won['’]t|cannot|can['’]t)\s+(?:take(?:\s+part)?|participate|join|send|attend)|\b(?:declined|refused|stayed\s+away|was\s+absent|were\s+absent|skipped|boycotted|withdrew|pulled\s+out|was\s+not\s+invited|were\s+not\s+invited|was\s+excluded|were\s+excluded|is\s+absent|are\s+absent|opted\s+out)\b)/gi,
  },
  { role: 'observer', side: 'after', pattern: /\bobservers?\s+(?:from|of)\b|\bobserver\s+(?:states|countries|nations)(?:\s+(?:were|are|included|include))?\b|\b(?:observed\s+by)\b/gi },
  { role: 'observer', side: 'before', pattern: /\b(?:(?:attended|participated|took\s+part|joined|were\s+present|was\s+present|were\s+invited|was\s+invited)\s+)?as\s+(?:an?\s+)?observers?\b/gi },
  // Officials "watched the drills" without their country observing: countries only.
  { role: 'observer', side: 'before', organizationRole: null, pattern: /\b(?:observed|watched)\s+the\b/gi },
  { role: 'host', side: 'after', organizationRole: 'organizer', pattern: /\bhosted\s+by\b|\bhost(?:ing)?\s+(?:country|nation|state|side)(?:\s+(?:was|is|will\s+be))?\b|\bon\s+the\s+territory\s+of\b/gi },
  { role: 'host', side: 'before', organizationRole: 'organizer', pattern: /\b(?:hosted|hosts|is\s+hosting|will\s+host|to\s+host|hosting)\b(?=\s+(?:the|a|an|this|joint|[A-Z]|["“«]))/gi },
  // "cosponsored by the United States and Kazakhstan": countries organize it as well.
  { role: 'organizer', side: 'after', pattern: /\bco-?(?:sponsored|organi[sz]ed)\s+by\b/gi },
  { role: 'organizer', side: 'after', countryRole: null, pattern: /\b(?:organi[sz]ed\s+by|under\s+the\s+(?:auspices|aegis|umbrella|flag)\s+of|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of|as\s+part\s+of\s+the\s+activities\s+of|led\s+by|conducted\s+by|held\s+by|run\s+by)\b/gi },
  { role: 'organizer', side: 'before', countryRole: 'participant', pattern: new RegExp(String.raw`(?:['’]s)?\s+(?:(?:joint|annual|regular|large-scale|military|command-staff|staff|anti-terror(?:ist)?|peacekeeping|counter-terror(?:ism|ist)?|tactical|strategic)\s+){0,3}${EXERCISE_NOUN}\b`, 'gi') },
  // "exercises of the CSTO": an organization whose exercise it is organizes it; countries take part.
  { role: 'participant', side: 'after', organizationRole: 'organizer', pattern: new RegExp(String.raw`\b${EXERCISE_NOUN}\s+(?:of|by)\b`, 'gi') },
  // "the CSTO is going to hold the Rubezh-2004 exercise": who holds it organizes it, when an organization.
  {
    role: 'participant',
    side: 'before',
    organizationRole: 'organizer',
    pattern: /\b(?:(?:is|are)\s+going\s+to|will|plans?\s+to|intends?\s+to)\s+(?:hold|conduct|stage|organi[sz]e)\b/gi,
  },
  {
    role: 'participant',
    side: 'after',
    pattern: new RegExp(
      String.raw`\bwith\s+the\s+(?:participation|involvement)\s+of\b|\bhailing\s+from\b|\binvolv(?:ing|ed|es)(?:\s+the\s+participation\s+of)?\b|\b(?:participants|participating\s+(?:countries|states|nations|forces))\s*(?:included|include|were|are|from|:)|\b(?:troops|servicemen|soldiers|service\s+members|military\s+personnel|personnel|units|contingents|militaries|armies|marines|paratroopers|sailors|delegations?|officers|special\s+forces|detachments?|military\s+teams?|teams|forces|armed\s+forces|navies|military\s+units)\s+(?:from|of)\b|\b(?:brought\s+together|bringing\s+together|brings\s+together|drawing|drew|draws|gathered|gathering|united|uniting)(?:\s+(?:military\s+personnel|troops|servicemen|forces|units|soldiers)\s+from)?\b|\b${EXERCISE_NOUN}\s+(?:of|between|with|involving|by|among)\b|\bjoint\s+(?:military\s+)?${EXERCISE_NOUN}\s+(?:of|between|with|by)\b`,
      'gi',
    ),
  },
  {
    role: 'participant',
    side: 'before',
    pattern: new RegExp(
      String.raw`\b(?:took\s+part|take\s+part|takes\s+part|taking\s+part|taken\s+part|participated|participate|participates|participating|joined|join|sent\s+(?:troops|servicemen|units|forces|contingents|a\s+contingent)|(?:held|hold|holds|holding|conducted|conduct|conducts|conducting|staged|stage|stages|launched|launch|began|begin|started|start|carried\s+out|carry\s+out|orchestrated|completed|wrapped\s+up|kicked\s+off|organi[sz]ed|are\s+holding|will\s+hold|plan\s+to\s+hold|planned|scheduled)\s+(?:(?:a|an|the|their|its|first|second|third|joint|bilateral|trilateral|multilateral|large-scale|military|naval|air|tactical|command-staff|special|annual|regular|new|[A-Za-z-]*\s*[-–]?\s*\d{4})\s+){0,5}${EXERCISE_NOUN})\b`,
      'gi',
    ),
  },
  { role: 'participant', side: 'before', pattern: new RegExp(String.raw`(?:\s+|[-–])?(?:joint|bilateral|trilateral)\s+(?:(?:military|naval|air|tactical|special)\s+){0,2}${EXERCISE_NOUN}\b`, 'gi') },
];

/** Words that make a sentence about an exercise when it names none. */
export const EXERCISE_WORD = new RegExp(String.raw`\b${EXERCISE_NOUN}\b`, 'iu');

/**
 * Wording that speaks of an exercise already named without naming it again ("Troops from A and B
 * are taking part", "It began on 15 September", "observers from C"): such a sentence carries the
 * exercise of the sentence or paragraph before.
 */
export const CONTINUES_EXERCISE = /\b(?:take|takes|taking|took|taken)\s+part\b|\bparticipa(?:te|tes|ted|ting|tion|nts?)\b|\bobservers?\b|\b(?:troops|contingents|servicemen|units)\s+(?:from|of)\b|^\s*(?:It|They)\s/iu;

/** A sentence about earlier occasions ("has previously held Rubezh exercises in …"): not the exercise at hand. */
export const EARLIER_OCCASIONS = /\b(?:previously|in\s+the\s+past|in\s+previous\s+years|last\s+year|earlier\s+editions?|(?:has|have)\s+(?:already\s+)?(?:held|hosted|conducted))\b/i;
