import type { ProposeSpan } from './types';

// Words that make a proper name a training area: "the Oymasha training ground", "Gvardeysky range".
// "Iliskiy Training Center": a name may capitalize its noun.
const PLACE_NOUN = String.raw`(?:training\s+(?:ground|grounds|range|area|centre|center|complex|facility|site|field)|Training\s+(?:Ground|Grounds|Range|Area|Centre|Center|Complex)|firing\s+range|test(?:ing)?\s+(?:site|range)|range|polygon|military\s+base|air\s+base|airbase|naval\s+base|base|peninsula|bay|cape|port|region|oblast|province|district)`;
const NAMED_PLACE = new RegExp(String.raw`(?:Cape\s+\p{Lu}[\p{L}’'-]+|["“«]?(?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+["”»]?\s+${PLACE_NOUN})\b`, 'gu');

/**
 * Named training areas the tagger did not know, as place spans of their own words, where no
 * known name or candidate already covers them.
 */
export function namedPlaces(text: string, paragraph: number, known: readonly ProposeSpan[]): ProposeSpan[] {
  const found: ProposeSpan[] = [];
  for (const match of text.matchAll(NAMED_PLACE)) {
    let start = match.index;
    let surface = match[0];
    // A sentence-initial "The" or a possessive country before the name is not part of it.
    const lead = /^(?:(?:The|At|On|In|Near)\s+|\p{Lu}[\p{L}]+['’]s\s+)+/u.exec(surface);
    if (lead) {
      start += lead[0].length;
      surface = surface.slice(lead[0].length);
    }
    if (!/\s/u.test(surface) && !surface.startsWith('Cape')) continue;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    const end = start + surface.length;
    const overlapping = known.filter((s) => s.start < end && s.end > start);
    // A known place inside the phrase ("Oymasha" in "Oymasha training ground") already names it.
    // A candidate inside it ("Edelweiss" in "Edelweiss training center") is only part of its name.
    if (overlapping.some((s) => s.type === 'place' && s.key !== null)) continue;
    if (overlapping.length > 0 && overlapping.every((s) => s.start <= start && s.end >= end && s.key !== null)) continue;
    found.push({ paragraph, start, end, surface, key: null, type: 'place' });
  }
  return found;
}

/** A training area by its own words: where exercises are held. */
export const TRAINING_AREA = /\b(?:training\s+(?:ground|grounds|range|area|centre|center|complex|facility|site|field)|firing\s+ranges?|polygon)\b/iu;

/**
 * A verb of holding and a preposition: what governs the place names after it. Troops arriving in or
 * heading to a place, in a sentence about the exercise, go there for it.
 */
export const HELD_CUE =
  /\b(?:held|hold|holds|holding|take\s+place|takes\s+place|took\s+place|taking\s+place|taken\s+place|conducted|conduct|staged|organi[sz]ed|carried\s+out|underway|under\s+way|launched|began|begun|started|kicked\s+off|opened|unfolded|wrapped\s+up|ended|concluded|continue|continued|scheduled|planned|run|ran)\s+(?:(?:from|on)\s+[^,.;]{0,30}?\s+)?(?:at|in|on|near|across|off)\b|\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games?)\s+(?:at|on|near|off|in)\b|\bvenue\s+(?:was|is|will\s+be)\b|\b(?:arrived|arrive|arrives|arriving|heading|headed|head|heads|travel(?:l)?ed|deployed|redeployed|regrouping|regrouped|relocated|relocating|move|moved|moving)\s+(?:in|to)\b/gi;

/** A place chained to the one before: "at Oymasha training ground in Kazakhstan", "in Baku, Azerbaijan", "in A and on B", "in Russia’s Chelyabinsk oblast". */
export const PLACE_CHAIN = /^["”»]?\s*(?:,\s*|\s+(?:in|near|on|of|off|at)\s+(?:the\s+)?|\s+and\s+(?:(?:in|on|at|near)\s+)?(?:the\s+)?|['’]s\s+)["“«]?$/i;

/** An exercise named just before a place: "Hamkorlik-2021 at the Termez training ground". */
export const AFTER_EXERCISE = /^["”»]?\s*(?:(?:joint\s+)?(?:exercises?|drills?|manoeuvres|maneuvers))?\s*(?:at|on|near|in)\s+(?:the\s+)?["“«]?$/i;
