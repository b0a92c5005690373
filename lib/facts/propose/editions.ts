import { findDates } from './dates';
import type { Sentence } from './sentences';
import type { KnowledgeBaseEntity, ProposeSpan } from './types';

const YEAR_AFTER = /^(?:[\s–-]*|\s*["”»]?\s*)((?:19|20)\d\d)\b/u;

/**
 * A series named with a year is one edition of it: "Peace Mission-2016", "Steppe Eagle 2013". The
 * knowledge base may lack the edition; the tagger then finds only the series' own words, and the
 * edition is proposed under the text's form (its series is proposed from that name in turn).
 */
export function editions(text: string, spans: readonly ProposeSpan[], entities: ReadonlyMap<string, KnowledgeBaseEntity>): ProposeSpan[] {
  return spans.map((span) => {
    if (span.type !== 'exercise' || !span.key || entities.get(span.key)?.subtype !== 'series') return span;
    const year = YEAR_AFTER.exec(text.slice(span.end, span.end + 8));
    if (!year) return span;
    const end = span.end + year[0].length;
    return { ...span, end, surface: text.slice(span.start, end).replace(/["”»]/gu, ''), key: null };
  });
}

const ARMED_FORCES_OF = /^(?:the\s+)?(?:armed\s+forces|militaries|troops|military)\s+of\s+(?:the\s+)?$/iu;

/**
 * "The armed forces of Kazakhstan, Kyrgyzstan and Russia": the tagger may read the first three
 * words and a country as one institution, which would leave that country out of the list the
 * others are in. Where such a span is followed by more countries, the country itself is kept.
 */
export function countriesOfArmedForces(text: string, spans: readonly ProposeSpan[], tagged: readonly ProposeSpan[]): ProposeSpan[] {
  return spans.map((span, i) => {
    if (span.type !== 'organization') return span;
    const next = spans[i + 1];
    if (!next || next.type !== 'country' || !/^\s*,\s*$|^\s+and\s+$/u.test(text.slice(span.end, next.start))) return span;
    const words = span.surface;
    const lead = /^(?:the\s+)?(?:armed\s+forces|militaries|troops|military)\s+of\s+(?:the\s+)?/iu.exec(words);
    if (!lead || !ARMED_FORCES_OF.test(lead[0])) return span;
    const start = span.start + lead[0].length;
    const country = tagged.find((s) => s.type === 'country' && s.start >= start && s.end <= span.end);
    return country ?? { paragraph: span.paragraph, start, end: span.end, surface: text.slice(start, span.end), key: null, type: 'country' as const };
  });
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * "The annual Steppe Eagle exercise in Kazakhstan began Saturday, August 10" (an article of 2013):
 * a series named with a dated start, in a sentence naming no edition, is the edition of that
 * year: the knowledge base's when it has one ("Steppe Eagle 2013"), else named by the series' words
 * and the year. Only a date with its month counts, so that "held since 2003" names no edition.
 */
export function datedEdition(
  text: string,
  sentence: Sentence,
  series: readonly ProposeSpan[],
  knownYear: number | null,
  entities: ReadonlyMap<string, KnowledgeBaseEntity>,
): ProposeSpan[] {
  const [span] = series;
  if (!span || series.length > 1) return [];
  const [date] = findDates(text, sentence.start, sentence.end, knownYear);
  if (!date) return [];
  const year = date.from.slice(0, 4);
  const words = span.surface.replace(/["“”«»]/gu, '').trim();
  const wanted = fold(`${words} ${year}`);
  const known = [...entities.values()].find((e) => e.type === 'exercise' && e.subtype !== 'series' && [e.name, ...e.names].some((n) => fold(n) === wanted));
  return [{ ...span, surface: known ? known.name : `${words} ${year}`, key: known ? known.key : null }];
}
