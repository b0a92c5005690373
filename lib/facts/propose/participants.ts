import { exerciseAt, quoted, type SentenceContext } from './context';
import { CUES, type Cue } from './cues';
import { listAfter, listBefore } from './lists';
import type { ProposedFact, ProposedRole, ProposeSpan } from './types';

// "took part in the summit": participation in something that is not an exercise.
const NOT_AN_EXERCISE =
  /^\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:summit|meeting|talks|conference|forum|ceremony|negotiations|session|election|elections|war|conflict|parade|competition|championship|congress|consultations|visit|program|programme|initiative|project|council|assembly|coalition|operation\s+in)\b/i;

function roleFor(cue: Cue, span: ProposeSpan): ProposedRole | null {
  if (span.type === 'organization') return cue.organizationRole === undefined ? cue.role : cue.organizationRole;
  if (span.type === 'country') return cue.countryRole === undefined ? cue.role : cue.countryRole;
  return null;
}

// "exercises of SCO member states", "delegations from the SCO member nations": the states, not the organization.
const MEMBER_STATES = /^\s*(?:\([^)]*\)\s*)?member[\s-]+(?:states|countries|nations)\b/i;
// "the Collective Security Treaty Organization’s (CSTO) Rubezh-2025 drills": whose exercise it is.
const POSSESSIVE = /^['’]s\s*(?:\([^)]*\)\s*)?$/u;

/** Organizations that own the exercise named right after them organize it. */
function possessiveOrganizers(ctx: SentenceContext, claimed: Set<number>): ProposedFact[] {
  const facts: ProposedFact[] = [];
  for (const span of ctx.spans) {
    if (span.type !== 'organization') continue;
    const exercise = ctx.exercises.find((e) => e.start > span.end && POSSESSIVE.test(ctx.text.slice(span.end, e.start)));
    if (!exercise) continue;
    claimed.add(span.start);
    facts.push({ kind: 'participated-in', subject: ctx.refOf(span), object: ctx.refOf(exercise), role: 'organizer', from: null, to: null, precision: null, ...quoted(ctx, span.start, exercise.end) });
  }
  return facts;
}

/** Who took part in the sentence's exercise, and how, from the wording around their names. */
export function participations(ctx: SentenceContext): ProposedFact[] {
  const claimed = new Set<number>();
  for (const span of ctx.spans) if (span.type === 'organization' && MEMBER_STATES.test(ctx.text.slice(span.end, span.end + 40))) claimed.add(span.start);
  // "units from the CSTO’s Collective Rapid Reaction Force": the organization owns the force named next.
  for (const span of ctx.spans) {
    const owner = /^['’”]s\s+/u.exec(ctx.text.slice(span.end, span.end + 4));
    if (span.type === 'organization' && owner && ctx.spans.some((s) => s.type === 'organization' && s.start === span.end + owner[0].length)) claimed.add(span.start);
  }
  const facts: ProposedFact[] = possessiveOrganizers(ctx, claimed);
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  for (const cue of CUES) {
    for (const match of sentence.matchAll(cue.pattern)) {
      const cueStart = ctx.start + match.index;
      const cueEnd = cueStart + match[0].length;
      if (cue.side === 'before' && cue.role === 'participant' && NOT_AN_EXERCISE.test(ctx.text.slice(cueEnd, cueEnd + 80))) continue;
      // "Kazakhstan joined NATO’s …": joining an organization is membership, not taking part.
      if (cue.side === 'before' && cue.role === 'participant' && ctx.spans.some((s) => s.type === 'organization' && s.start >= cueEnd && /^\s+(?:the\s+)?$/iu.test(ctx.text.slice(cueEnd, s.start)))) continue;
      const list =
        cue.side === 'after' ? listAfter(ctx.text, ctx.spans, cueEnd, ctx.end) : listBefore(ctx.text, ctx.spans, cueStart, ctx.start);
      if (list.length === 0) continue;
      const listStart = list[0]!.start;
      const listEnd = list[list.length - 1]!.end;
      const exercise = exerciseAt(ctx, cue.side === 'after' ? cueStart : cueEnd);
      if (!exercise) continue;
      for (const span of list) {
        if (claimed.has(span.start)) continue;
        const role = roleFor(cue, span);
        if (!role || span.key === exercise.key && span.key !== null) continue;
        claimed.add(span.start);
        facts.push({
          kind: 'participated-in',
          subject: ctx.refOf(span),
          object: ctx.refOf(exercise),
          role,
          from: null,
          to: null,
          precision: null,
          ...quoted(ctx, Math.min(cueStart, listStart), Math.max(cueEnd, listEnd)),
        });
      }
    }
  }
  return facts;
}
