import type { KnowledgeBaseEntity, ProposedFact, ProposedRef, ProposeSpan } from './types';

/** What every extractor of one sentence needs. */
export interface SentenceContext {
  paragraph: number;
  text: string;
  start: number;
  end: number;
  /** Names in the sentence, outermost only, by offset. */
  spans: ProposeSpan[];
  /** Exercises named in the sentence. */
  exercises: ProposeSpan[];
  /** The exercise an earlier sentence named, when this one is about it without naming it. */
  carried: ProposeSpan | null;
  refOf: (span: ProposeSpan) => ProposedRef;
}

export function makeRefOf(entities: ReadonlyMap<string, KnowledgeBaseEntity>): (span: ProposeSpan) => ProposedRef {
  return (span) => {
    const known = span.key ? entities.get(span.key) : undefined;
    return known ? { key: known.key, name: known.name, type: known.type } : { key: null, name: span.surface.trim(), type: span.type };
  };
}

/** The exercise a fact at `offset` is about: the nearest one the sentence names, else the carried one. */
export function exerciseAt(ctx: SentenceContext, offset: number): ProposeSpan | null {
  let best: ProposeSpan | null = null;
  let distance = Infinity;
  for (const exercise of ctx.exercises) {
    const d = offset < exercise.start ? exercise.start - offset : Math.max(0, offset - exercise.end);
    if (d < distance) {
      best = exercise;
      distance = d;
    }
  }
  return best ?? ctx.carried;
}

/** The words of the sentence between two offsets, trimmed, as a proposal quotes them. */
export function quoted(
  ctx: SentenceContext,
  start: number,
  end: number,
): Pick<ProposedFact, 'paragraph' | 'start' | 'end' | 'quote'> {
  let from = Math.max(ctx.start, start);
  let to = Math.min(ctx.end, end);
  while (from < to && /[\s,;:(“"«]/u.test(ctx.text[from]!)) from++;
  while (to > from && /[\s,;:)”"»]/u.test(ctx.text[to - 1]!)) to--;
  return { paragraph: ctx.paragraph, start: from, end: to, quote: ctx.text.slice(from, to) };
}
