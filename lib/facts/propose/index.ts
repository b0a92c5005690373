import { exerciseAt, makeRefOf, quoted, type SentenceContext } from './context';
import { CONTINUES_EXERCISE, EARLIER_OCCASIONS, EXERCISE_WORD } from './cues';
import { countriesOfArmedForces, datedEdition, editions } from './editions';
import { findDates } from './dates';
import { outermost } from './lists';
import { participations } from './participants';
import { AFTER_EXERCISE, HELD_CUE, PLACE_CHAIN, TRAINING_AREA, namedPlaces } from './places';
import { splitSentences } from './sentences';
import { seriesFinder } from './series';
import type { KnowledgeBase, KnowledgeBaseEntity, ProposedFact, ProposeInput, ProposeSpan } from './types';

export type * from './types';

function heldIn(ctx: SentenceContext): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  // A new name with its training-area words is a place, whatever type the tagger guessed for it.
  const places = ctx.spans.filter((s) => s.type === 'place' || s.type === 'country' || (s.key === null && TRAINING_AREA.test(s.surface)));
  const seen = new Set<number>();
  const cues = [...sentence.matchAll(HELD_CUE)].map((m) => ({ start: ctx.start + m.index, end: ctx.start + m.index + m[0].length, exercise: exerciseAt(ctx, ctx.start + m.index) }));
  for (const exercise of ctx.exercises) {
    const next = places.find((p) => p.start >= exercise.end);
    if (next && AFTER_EXERCISE.test(ctx.text.slice(exercise.end, next.start))) cues.push({ start: exercise.end, end: next.start, exercise });
  }
  // A named training area in a sentence about the exercise is where it was held, whatever the verb:
  // "participated in the Steppe Eagle exercise August 5-23, 2013, at the Iliskiy Training Center".
  for (const place of places) {
    if (!TRAINING_AREA.test(place.surface) || !/(?:\b(?:at|on|in)\s+(?:the\s+)?|['’]s\s+)["“«]?$/iu.test(ctx.text.slice(Math.max(ctx.start, place.start - 12), place.start))) continue;
    const exercise = exerciseAt(ctx, place.start);
    if (exercise) cues.push({ start: place.start, end: place.start, exercise });
  }
  for (const cue of cues.sort((a, b) => a.start - b.start)) {
    const cueStart = cue.start;
    let offset = cue.end;
    const exercise = cue.exercise;
    if (!exercise) continue;
    let first = true;
    for (const place of places) {
      if (place.start < offset || seen.has(place.start)) continue;
      const gap = ctx.text.slice(offset, place.start);
      if (first ? !/^\s*(?:the\s+)?["“«]?$/iu.test(gap) : !PLACE_CHAIN.test(gap)) break;
      // "Aktau, Kazakhstan's Defense Ministry": a possessive names an owner, not a place, unless a
      // place follows it ("in Russia's Chelyabinsk oblast").
      const owner = /^['’]s\s+/u.exec(ctx.text.slice(place.end, place.end + 4));
      if (owner && !places.some((p) => p.start === place.end + owner[0].length)) break;
      seen.add(place.start);
      facts.push({
        kind: 'held-in',
        subject: ctx.refOf(exercise),
        object: ctx.refOf(place),
        role: null,
        from: null,
        to: null,
        precision: null,
        ...quoted(ctx, first ? cueStart : place.start, place.end),
      });
      offset = place.end;
      first = false;
    }
  }
  return facts;
}

function dated(ctx: SentenceContext, knownYear: number | null): ProposedFact[] {
  const [date] = findDates(ctx.text, ctx.start, ctx.end, knownYear);
  if (!date) return [];
  const exercise = exerciseAt(ctx, date.start);
  if (!exercise) return [];
  return [
    {
      kind: 'dated',
      subject: ctx.refOf(exercise),
      object: null,
      role: null,
      from: date.from,
      to: date.to,
      precision: date.precision,
      ...quoted(ctx, date.start, date.end),
    },
  ];
}

/** The exercise a sentence leaves to the next: its last, but a name in brackets is the one before's gloss ("Rubezh-2006" (Boundary-2006)). */
function lastNamed(text: string, exercises: readonly ProposeSpan[]): ProposeSpan {
  const last = exercises[exercises.length - 1]!;
  const before = exercises[exercises.length - 2];
  return before && /^["”»]?\s*\(\s*$/u.test(text.slice(before.end, last.start)) ? before : last;
}

/** The only exercise edition an article names (a gloss in brackets after it aside), if it names one. */
function loneExercise(paragraphs: readonly { paragraph: { text: string }; spans: readonly ProposeSpan[] }[], isSeries: (s: ProposeSpan) => boolean, refOf: (s: ProposeSpan) => { name: string }): ProposeSpan | null {
  let lone: ProposeSpan | null = null;
  for (const { paragraph, spans } of paragraphs) {
    let before: ProposeSpan | null = null;
    for (const span of spans) {
      if (span.type !== 'exercise' || isSeries(span)) continue;
      const gloss = before !== null && /^["”»]?\s*\(\s*$/u.test(paragraph.text.slice(before.end, span.start));
      before = span;
      if (gloss) continue;
      if (lone && refOf(lone).name.toLowerCase() !== refOf(span).name.toLowerCase()) return null;
      lone ??= span;
    }
  }
  return lone;
}

function knownYearOf(published: ProposeInput['published']): number | null {
  if (!published) return null;
  const year = new Date(published.iso).getUTCFullYear();
  return Number.isNaN(year) ? null : year;
}

function factKey(f: ProposedFact): string {
  return [f.kind, f.subject.key ?? f.subject.name, f.object?.key ?? f.object?.name ?? '', f.role ?? '', f.from ?? '', f.to ?? ''].join('|');
}

/**
 * Proposes the exercise facts an article's text states: who took part and in what role, where and
 * when it was held, and the series a named exercise belongs to. Each proposal carries its
 * paragraph and the exact words (offsets into the paragraph text) that state it; a fact stated
 * twice in one paragraph is proposed once. Pure and deterministic, for the ingest command and the
 * web import's preview alike.
 *
 * @param input the parsed article's paragraphs, its own known date (the only source of a missing
 *   year) and what the tagger found (known-entity mentions and candidate names).
 * @param knowledgeBase the entities mentions refer to (by key), for canonical names and series.
 */
export function proposeFacts(input: ProposeInput, knowledgeBase: KnowledgeBase): ProposedFact[] {
  const entities = new Map<string, KnowledgeBaseEntity>(knowledgeBase.entities.map((e) => [e.key, e]));
  const refOf = makeRefOf(entities);
  const isSeries = (span: ProposeSpan) => span.key !== null && entities.get(span.key)?.subtype === 'series';
  const findSeries = seriesFinder(knowledgeBase);
  const knownYear = knownYearOf(input.published);
  const byParagraph = new Map<number, ProposeSpan[]>();
  for (const span of input.spans) byParagraph.set(span.paragraph, [...(byParagraph.get(span.paragraph) ?? []), span]);

  const facts: ProposedFact[] = [];
  const keys = new Set<string>();
  const seriesDone = new Set<string>();
  const paragraphs = [...input.paragraphs]
    .sort((a, b) => a.position - b.position)
    .map((paragraph) => {
      const tagged = editions(paragraph.text, byParagraph.get(paragraph.position) ?? [], entities);
      return { paragraph, spans: countriesOfArmedForces(paragraph.text, outermost([...tagged, ...namedPlaces(paragraph.text, paragraph.position, tagged)]), tagged) };
    });
  // An article about one exercise may describe it before naming it ("Units began exercises at the
  // Chebarkul training ground …", then "The exercise, dubbed Rubezh-2014, …"): until a sentence
  // names an exercise, that one is carried.
  let carried: ProposeSpan | null = loneExercise(paragraphs, isSeries, refOf);
  for (const { paragraph, spans } of paragraphs) {
    let previousAbout = false;
    for (const sentence of splitSentences(paragraph.text)) {
      const inSentence = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
      // A series has editions, each with its own participants, places and dates: facts are the editions'.
      const named = inSentence.filter((s) => s.type === 'exercise' && !isSeries(s));
      const exercises = named.length > 0 ? named : datedEdition(paragraph.text, sentence, inSentence.filter(isSeries), knownYear, entities);
      const about = exercises.length > 0 || EXERCISE_WORD.test(sentence.text) || CONTINUES_EXERCISE.test(sentence.text);
      // An exercise named earlier is carried into a sentence that speaks of "the exercise", or
      // into the next sentence of the same paragraph.
      const ctx: SentenceContext = {
        paragraph: paragraph.position,
        text: paragraph.text,
        start: sentence.start,
        end: sentence.end,
        spans: inSentence,
        exercises,
        carried: (about || previousAbout) && !EARLIER_OCCASIONS.test(sentence.text) ? carried : null,
        refOf,
      };
      const found = exercises.length > 0 || ctx.carried ? [...participations(ctx), ...heldIn(ctx), ...dated(ctx, knownYear)] : [];
      for (const exercise of exercises) {
        const series = findSeries(refOf(exercise).name);
        const seriesKey = exercise.key ?? exercise.surface;
        if (!series || series.key === exercise.key || seriesDone.has(seriesKey)) continue;
        seriesDone.add(seriesKey);
        found.push({
          kind: 'part-of-series',
          subject: refOf(exercise),
          object: { key: series.key, name: series.name, type: series.type },
          role: null,
          from: null,
          to: null,
          precision: null,
          ...quoted(ctx, exercise.start, exercise.end),
        });
      }
      for (const fact of found.sort((a, b) => a.start - b.start)) {
        const key = `${fact.paragraph}|${factKey(fact)}`;
        if (keys.has(key)) continue;
        keys.add(key);
        facts.push(fact);
      }
      if (exercises.length > 0) carried = lastNamed(paragraph.text, exercises);
      previousAbout = exercises.length > 0 || (about && ctx.carried !== null);
    }
  }
  return facts;
}
