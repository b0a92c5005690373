import { describe, expect, it } from 'vitest';
import type { FactView } from '@/lib/entities/dto';
import type { EntityType, Era, FactKind, ParticipationRole } from '@/lib/generated/prisma/enums';
import { articleFigure, briefFigure, entityFigure } from './figures';

function fact(kind: FactKind, direction: 'in' | 'out', other: { slug: string; type: EntityType; era?: Era }, role: ParticipationRole | null = null): FactView {
  return {
    id: `${kind}-${other.slug}-${role ?? ''}`,
    kind,
    role,
    direction,
    other: { slug: other.slug, type: other.type, name: other.slug, era: other.era ?? null, start: null, coordinates: null },
    from: null,
    to: null,
    citation: null,
    reference: null,
    editorNote: null,
  };
}

describe('briefFigure', () => {
  it('shows both eras, a zero included, and the total cited', () => {
    expect(briefFigure([{ era: 'POST_2022', articles: 3 }])).toEqual({
      caption: 'Cites 3 articles',
      bars: [
        { label: 'CSTO era', value: 0, era: 'CSTO_ERA' },
        { label: 'Post-2022', value: 3, era: 'POST_2022' },
      ],
    });
  });

  it('adds unknown-era citations only when there are some', () => {
    const { bars } = briefFigure([{ era: 'CSTO_ERA', articles: 1 }, { era: 'UNKNOWN', articles: 2 }]);
    expect(bars.map((b) => b.era)).toEqual(['CSTO_ERA', 'POST_2022', 'UNKNOWN']);
  });
});

describe('articleFigure', () => {
  const mention = (href: string, entityType: EntityType) => ({ start: 0, end: 1, href, entityName: href, entityType });

  it('counts each named entity once, by type, largest first', () => {
    const figure = articleFigure(
      [
        { mentions: [mention('/countries/kazakhstan', 'COUNTRY'), mention('/countries/azerbaijan', 'COUNTRY')] },
        { mentions: [mention('/countries/kazakhstan', 'COUNTRY'), mention('/exercises/khazri-2023', 'EXERCISE')] },
      ],
      'POST_2022',
    );
    expect(figure.caption).toBe('Names 3 entities');
    expect(figure.bars).toEqual([
      { label: 'Countries', value: 2, era: 'POST_2022' },
      { label: 'Exercise', value: 1, era: 'POST_2022' },
    ]);
  });

  it('says so when nothing is tagged', () => {
    expect(articleFigure([{ mentions: [] }], 'UNKNOWN')).toEqual({ caption: 'No entities tagged yet', bars: [] });
  });
});

describe('entityFigure', () => {
  it('splits a country’s exercises at 24 February 2022, once each, without those it stayed away from', () => {
    const figure = entityFigure({
      type: 'COUNTRY',
      mentionCount: 4,
      facts: [
        fact('PARTICIPATED_IN', 'out', { slug: 'khazri-2023', type: 'EXERCISE', era: 'POST_2022' }, 'PARTICIPANT'),
        fact('PARTICIPATED_IN', 'out', { slug: 'khazri-2023', type: 'EXERCISE', era: 'POST_2022' }, 'PARTICIPANT'),
        fact('PARTICIPATED_IN', 'out', { slug: 'steppe-eagle-2009', type: 'EXERCISE', era: 'CSTO_ERA' }, 'HOST'),
        fact('PARTICIPATED_IN', 'out', { slug: 'birlestik-2024', type: 'EXERCISE', era: 'POST_2022' }, 'STAYED_AWAY'),
        fact('MEMBER_OF', 'out', { slug: 'csto', type: 'ORGANIZATION' }),
      ],
    });
    expect(figure.caption).toBe('2 exercises stated, before and after 24 Feb 2022');
    expect(figure.bars.map((b) => [b.era, b.value])).toEqual([
      ['CSTO_ERA', 1],
      ['POST_2022', 1],
    ]);
  });

  it('counts the countries taking part in an exercise by role', () => {
    const country = (slug: string) => ({ slug, type: 'COUNTRY' as const });
    const figure = entityFigure({
      type: 'EXERCISE',
      mentionCount: 9,
      facts: [
        fact('PARTICIPATED_IN', 'in', country('kazakhstan'), 'HOST'),
        fact('PARTICIPATED_IN', 'in', country('azerbaijan'), 'PARTICIPANT'),
        fact('PARTICIPATED_IN', 'in', country('kyrgyzstan'), 'PARTICIPANT'),
        fact('PARTICIPATED_IN', 'in', country('russia'), 'STAYED_AWAY'),
        fact('PARTICIPATED_IN', 'in', country('russia'), 'STAYED_AWAY'),
        fact('PARTICIPATED_IN', 'in', { slug: 'azerbaijani-armed-forces', type: 'ORGANIZATION' }, 'PARTICIPANT'),
      ],
    });
    expect(figure.caption).toBe('3 countries taking part');
    expect(figure.bars).toEqual([
      { label: 'Hosts', value: 1, muted: false },
      { label: 'Participants', value: 2, muted: false },
      { label: 'Stayed away', value: 1, muted: true },
    ]);
  });

  it('says "none stated" for an era without a stated exercise, never a bare zero', () => {
    const figure = entityFigure({
      type: 'COUNTRY',
      mentionCount: 1,
      facts: [fact('PARTICIPATED_IN', 'out', { slug: 'khazri-2023', type: 'EXERCISE', era: 'POST_2022' }, 'PARTICIPANT')],
    });
    expect(figure.bars).toEqual([
      { label: 'CSTO era', value: 0, era: 'CSTO_ERA', note: 'none stated' },
      { label: 'Post-2022', value: 1, era: 'POST_2022' },
    ]);
  });

  it('says Russia is not stated where no source says whether it took part', () => {
    const figure = entityFigure({
      type: 'EXERCISE',
      mentionCount: 2,
      facts: [fact('PARTICIPATED_IN', 'in', { slug: 'kazakhstan', type: 'COUNTRY' }, 'HOST'), fact('PARTICIPATED_IN', 'in', { slug: 'uzbekistan', type: 'COUNTRY' }, 'PARTICIPANT')],
    });
    expect(figure.caption).toBe('2 countries taking part; Russia not stated');
  });

  it('says an exercise’s participants are not stated rather than linking to nothing', () => {
    expect(entityFigure({ type: 'EXERCISE', mentionCount: 3, facts: [fact('HELD_IN', 'out', { slug: 'aktau', type: 'PLACE' })] })).toEqual({
      caption: 'Participants not stated in the sources',
      bars: [],
    });
    // An event's card still shows what it links to.
    expect(entityFigure({ type: 'EVENT', mentionCount: 0, facts: [] }).caption).toBe('Not yet linked or mentioned');
  });

  it('shows what anything else links to, or its mentions when it links to nothing', () => {
    const person = entityFigure({
      type: 'PERSON',
      mentionCount: 2,
      facts: [fact('LEADS', 'out', { slug: 'kazakhstan', type: 'COUNTRY' }), fact('SIGNED', 'out', { slug: 'treaty', type: 'EVENT' })],
    });
    expect(person.caption).toBe('Linked to 2 entities');
    expect(person.bars.map((b) => b.label).sort()).toEqual(['Country', 'Event']);
    expect(entityFigure({ type: 'PLACE', mentionCount: 1, facts: [] })).toEqual({ caption: 'Mentioned 1 time in the sources', bars: [] });
  });
});
