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
