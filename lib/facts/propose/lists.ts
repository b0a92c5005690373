import type { ProposeSpan } from './types';

// Between two names of one list: "A, B and C", "A as well as B", "A's and B's", "Kazakh-Uzbek".
// Bare whitespace joins nothing: "BISHKEK. KAZINFORM Kyrgyzstan will host" names an agency, then a country.
const LIST_GAP = /^\)?(?:['’]s)?\s*(?:[,;&/+–—-]\s*(?:(?:and|as well as|plus|along with|together with)\s+)?|(?:and|as well as|plus|along with|together with)\s+)(?:the\s+)?$/i;
// A name and its abbreviation in brackets: "Collective Security Treaty Organization (CSTO)".
const BRACKET_GAP = /^\s*\(\s*$/u;

/** What may stand between a cue and the first name it governs: "hosted by the armed forces of A". */
const LEAD_IN =
  /^\s*(?::\s*)?(?:the\s+)?(?:(?:(?:around|about|some|more\s+than|over|nearly|almost|up\s+to)\s+)?(?:[\d,.]+\s+)?(?:armed forces|troops|servicemen|soldiers|military personnel|personnel|militaries|military units|forces|units|contingents|delegations|representatives|military|defence ministries|defense ministries)\s+(?:of|from)\s+|from\s+)?(?:the\s+)?(?:(?:\w+\s+){0,3}(?:member\s+)?(?:states|countries|nations)\s*(?:[:–—-]|,?\s+(?:including|namely|among\s+them))\s*(?:the\s+)?)?$/i;

/** What may stand between the last name of a list and the cue after it: "A and B troops have taken part". */
const LEAD_OUT =
  /^(?:['’]s)?\s*\)?\s*(?:(?:armed forces|troops|servicemen|soldiers|military personnel|militaries|military|forces|units|contingents|delegations|sides|navies|naval forces|air forces|special forces|military teams|teams)\s+)?(?:(?:have|has|had|will|would|also|both|all|each|to|are|were|is|was|reportedly|officially|then|not)\s+)*$/i;

/** Spans sorted by start, the longest first at one start, with nested spans left out. */
export function outermost(spans: readonly ProposeSpan[]): ProposeSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ProposeSpan[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

function joined(text: string, left: ProposeSpan, right: ProposeSpan): boolean {
  const gap = text.slice(left.end, right.start);
  if (LIST_GAP.test(gap)) return true;
  // "(CSTO)" repeats the same entity, or names it for a candidate.
  return BRACKET_GAP.test(gap) && (left.key === right.key || right.key === null);
}

/** The list of names that starts right after `offset` (a cue's end), within `limit`. */
export function listAfter(text: string, spans: readonly ProposeSpan[], offset: number, limit: number): ProposeSpan[] {
  // The lead-in may itself name an organization: "from eight SCO member states, including A, B".
  const first = spans.filter((s) => s.start >= offset && s.start < limit).slice(0, 3).find((s) => LEAD_IN.test(text.slice(offset, s.start)));
  if (!first) return [];
  // "troops of the CSTO (Collective Forces) from A, B and C": who they are, then where they come from.
  const from = /^\s*(?:\([^)]*\)?\s*)?\)?\s*from\s+/iu.exec(text.slice(first.end, limit));
  if (from && first.type === 'organization') return listAfter(text, spans, first.end + from[0].length, limit);
  const list = [first];
  let closed = false;
  for (const span of spans) {
    if (span.start <= first.start || span.end > limit) continue;
    const last = list[list.length - 1]!;
    if (span.start < last.end) continue;
    const gap = text.slice(last.end, span.start);
    // "A, B and C, Kabar informed": a list ends at its "and"; a comma after it starts something else.
    if (closed || !joined(text, last, span)) break;
    closed = /\b(?:and|as well as)\b/i.test(gap);
    list.push(span);
  }
  return list;
}

/** The list of names that ends right before `offset` (a cue's start), from `floor` on. */
export function listBefore(text: string, spans: readonly ProposeSpan[], offset: number, floor: number): ProposeSpan[] {
  const before = spans.filter((s) => s.end <= offset && s.start >= floor);
  const last = before.at(-1);
  if (!last || !LEAD_OUT.test(text.slice(last.end, offset))) return [];
  // "will attend the exercises in Kazakhstan as observers": a name after "in" is where, not who.
  if (/\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(floor, last.start - 8), last.start))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const span = before[i]!;
    if (!joined(text, span, list[0]!)) break;
    list.unshift(span);
  }
  return list;
}
