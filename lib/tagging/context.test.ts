import { describe, expect, it } from 'vitest';
import { gazetteerOf, named, tag } from './test-helpers';

const unity = gazetteerOf(
  named('unity', 'Unity - 2024', { entityType: 'exercise' }),
  named('unity', 'Unity', { entityType: 'exercise', contextWords: ['exercis', 'drill', '2024'] }),
);

const methods = (result: ReturnType<typeof tag>) => result.mentions.map((m) => [m.surface, m.entityKey, m.method]);

describe('tagArticle: ambiguous names', () => {
  it('ignores an ambiguous name without a context word in its sentence', () => {
    expect(methods(tag(unity, 'Amid these advancements and increasing unity, states cooperate.'))).toEqual([]);
    expect(methods(tag(unity, 'Unity matters. The exercise starts in July.'))).toEqual([]);
  });

  it('counts it with a context word in the same sentence, inflected or not', () => {
    expect(methods(tag(unity, 'The Unity exercise starts in July.'))).toEqual([['Unity', 'unity', 'context']]);
    expect(methods(tag(unity, 'Troops for Unity held exercises.'))).toEqual([['Unity', 'unity', 'context']]);
  });

  it('needs no context for the full name', () => {
    expect(methods(tag(unity, 'the planned “Unity - 2024” exercises'))).toEqual([['Unity - 2024', 'unity', 'name']]);
    expect(methods(tag(unity, 'Unity–2024 begins.'))).toEqual([['Unity–2024', 'unity', 'name']]);
  });

  it('matches context words as whole words, by prefix only', () => {
    const drill = gazetteerOf(named('u', 'Unity', { contextWords: ['drill'] }));
    expect(methods(tag(drill, 'Unity in the tradrill room.'))).toEqual([]);
    expect(methods(tag(drill, 'Unity drilling began.'))).toEqual([['Unity', 'u', 'context']]);
  });
});

describe('tagArticle: names shared by two entities', () => {
  const shared = gazetteerOf(named('ministry-kz', 'Ministry of Defense'), named('ministry-az', 'Ministry of Defense'));

  it('emits no mention, and proposes no candidate over it', () => {
    const result = tag(shared, 'The Ministry of Defense said so.');
    expect(result.mentions).toEqual([]);
    expect(result.candidates).toEqual([]);
  });

  it('is deterministic whatever the gazetteer order', () => {
    const reversed = gazetteerOf(named('ministry-az', 'Ministry of Defense'), named('ministry-kz', 'Ministry of Defense'));
    expect(tag(reversed, 'The Ministry of Defense said so.')).toEqual(tag(shared, 'The Ministry of Defense said so.'));
  });

  it('lets context pick one of them', () => {
    const peace = gazetteerOf(
      named('peace-mission-exercise', 'Peace Mission', { entityType: 'exercise', contextWords: ['exercis', 'drill'] }),
      named('peace-mission-ngo', 'Peace Mission', { contextWords: ['charity', 'donat'] }),
    );
    expect(methods(tag(peace, 'Peace Mission drills began.'))).toEqual([['Peace Mission', 'peace-mission-exercise', 'context']]);
    expect(methods(tag(peace, 'Peace Mission asked for donations.'))).toEqual([['Peace Mission', 'peace-mission-ngo', 'context']]);
    expect(methods(tag(peace, 'Peace Mission drills and donations.'))).toEqual([]);
    expect(methods(tag(peace, 'Peace Mission began.'))).toEqual([]);
  });

  it('prefers a name confirmed by context over a plain one', () => {
    const georgia = gazetteerOf(
      named('ge', 'Georgia', { entityType: 'country' }),
      named('us-ga', 'Georgia', { entityType: 'place', contextWords: ['atlanta'] }),
    );
    expect(methods(tag(georgia, 'Georgia joined the talks.'))).toEqual([['Georgia', 'ge', 'name']]);
    expect(methods(tag(georgia, 'Georgia, whose capital is Atlanta, hosted it.'))).toEqual([['Georgia', 'us-ga', 'context']]);
  });
});
