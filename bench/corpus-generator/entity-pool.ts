import type { SeedEntity } from '@/lib/entities/seed-types';
import type { NameForm } from '@/lib/entities/types';
import { Zipf, type Random } from './random';

/** The kinds of name a sentence template asks for ("{country}", "{force}", …). */
export type EntitySlot =
  | 'country' | 'org' | 'force' | 'media' | 'exercise' | 'person' | 'city' | 'place' | 'sea' | 'region' | 'route' | 'event';

export interface PoolEntity {
  key: string;
  slot: EntitySlot;
  /** The English name a text normally uses. */
  name: string;
  /** Other unambiguous names an English text uses ("Türkiye", "Kyrgyz Republic", "CSTO", "Aqtau"), with their years of use. */
  aliases: { name: string; from: number; to: number }[];
  /** Native forms (Cyrillic, Georgian, Azerbaijani Latin…), which English texts give in parentheses. */
  native: string[];
  /** "Kazakh", "Central Asian": adjectives that the tagger counts as mentions of the entity. */
  demonyms: string[];
  /** Only after the full name ("Nazarbayev" after "Nursultan Nazarbayev"). */
  surnames: string[];
  /** First year an article can plausibly name it (an exercise is announced the year before). */
  from: number;
}

const NON_LATIN = /[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u10a0-\u10ff\u4e00-\u9fff]/u;
// A canonical name ending in "(…)" is a display title, never written in running text.
const DISPLAY_QUALIFIER = /\([^()]*\)\s*$/u;

// Names in use only for some years; other former names are left out of generated text.
const FORM_YEARS: Record<string, [number, number]> = {
  'Türkiye': [2022, 9999],
  'Republic of Türkiye': [2022, 9999],
  'Nur-Sultan': [2019, 2022],
  'Akmola': [1995, 1998],
  'Republic of Turkey': [1995, 2021],
};

// When an entity without seeded dates entered the news.
const FROM_OVERRIDES: Record<string, number> = { 'vladimir-putin': 1999, 'trans-caspian-route': 2014, 'kazbat': 2000 };

// Popularity order of the countries in this corpus's coverage; the rest follow in seed order.
const COUNTRY_RANK = [
  'kazakhstan', 'russia', 'azerbaijan', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'china', 'turkey', 'united-states',
  'armenia', 'georgia', 'ukraine', 'belarus', 'pakistan', 'united-kingdom', 'iraq', 'abkhazia', 'soviet-union',
];

function slotOf(entity: SeedEntity): EntitySlot | null {
  const subtype = entity.subtype ?? '';
  switch (entity.type) {
    case 'country':
      return entity.key === 'soviet-union' ? null : 'country';
    case 'organization':
      if (subtype === 'media' || subtype === 'think-tank') return 'media';
      // The Kremlin speaks and signs like a ministry; nobody is a member of it.
      if (['ministry', 'armed-service', 'unit', 'government'].includes(subtype)) return 'force';
      return 'org';
    case 'exercise':
      return 'exercise';
    case 'person':
      return 'person';
    case 'place':
      if (subtype === 'city' || subtype === 'port') return 'city';
      if (subtype === 'sea') return 'sea';
      if (subtype === 'region') return 'region';
      if (subtype === 'route') return 'route';
      return 'place';
    case 'event':
      return 'event';
  }
}

function yearOf(entity: SeedEntity): number {
  const override = FROM_OVERRIDES[entity.key];
  if (override !== undefined) return override;
  const start = entity.start ? Number(entity.start.value.slice(0, 4)) : 0;
  return entity.type === 'exercise' && start > 0 ? start - 1 : start;
}

function isUsable(form: NameForm): boolean {
  return !form.ambiguous && (form.kind !== 'former' || form.name in FORM_YEARS);
}

/**
 * Whether English prose writes this form as it is: English names and abbreviations, names with
 * dates of use, and transliterations of places and people ("Aqtau", "Nazarbaev"); a country's own
 * spelling ("Qazaqstan", "Azərbaycan") goes in parentheses instead.
 */
function inEnglishProse(form: NameForm, entity: SeedEntity): boolean {
  if (NON_LATIN.test(form.name) || form.kind === 'demonym' || form.kind === 'surname') return false;
  if (form.name in FORM_YEARS) return true;
  if (form.kind === 'transliteration') return entity.type !== 'country';
  return form.lang === 'en' || form.kind === 'abbreviation';
}

function toPoolEntity(entity: SeedEntity, slot: EntitySlot): PoolEntity | null {
  const forms = entity.names.filter(isUsable);
  const english = forms.filter((f) => inEnglishProse(f, entity));
  const name = DISPLAY_QUALIFIER.test(entity.name) ? english[0]?.name : entity.name;
  if (!name) return null;
  return {
    key: entity.key,
    slot,
    name,
    aliases: english
      .filter((f) => f.name !== name)
      .map((f) => ({ name: f.name, from: FORM_YEARS[f.name]?.[0] ?? 0, to: FORM_YEARS[f.name]?.[1] ?? 9999 })),
    native: forms.filter((f) => !inEnglishProse(f, entity) && !['demonym', 'surname'].includes(f.kind) && f.name !== name).map((f) => f.name),
    demonyms: forms.filter((f) => f.kind === 'demonym').map((f) => f.name),
    surnames: forms.filter((f) => f.kind === 'surname' && !NON_LATIN.test(f.name)).map((f) => f.name),
    from: yearOf(entity),
  };
}

function rankOf(entity: PoolEntity, seedOrder: number): number {
  const rank = COUNTRY_RANK.indexOf(entity.key);
  return rank >= 0 ? rank : COUNTRY_RANK.length + seedOrder;
}

/**
 * The knowledge base's entities grouped by the slot they fill, each group in popularity order with
 * Zipf weights, and restricted by year so a 1998 article names neither the SCO nor Khazri-2023.
 */
export class EntityPool {
  private readonly bySlot = new Map<EntitySlot, PoolEntity[]>();
  private readonly zipfCache = new Map<string, Zipf<PoolEntity> | null>();

  constructor(entities: readonly SeedEntity[]) {
    const pooled = entities.flatMap((entity, order) => {
      const slot = slotOf(entity);
      const pool = slot ? toPoolEntity(entity, slot) : null;
      return pool ? [{ pool, order }] : [];
    });
    pooled.sort((a, b) => rankOf(a.pool, a.order) - rankOf(b.pool, b.order));
    for (const { pool } of pooled) {
      const list = this.bySlot.get(pool.slot) ?? [];
      list.push(pool);
      this.bySlot.set(pool.slot, list);
    }
  }

  /** All entities of a slot, most popular first. */
  entities(slot: EntitySlot): readonly PoolEntity[] {
    return this.bySlot.get(slot) ?? [];
  }

  /** A Zipf-weighted entity of the slot that exists in `year`, or null when none does. */
  draw(slot: EntitySlot, year: number, random: Random): PoolEntity | null {
    const id = `${slot}:${year}`;
    let zipf = this.zipfCache.get(id);
    if (zipf === undefined) {
      const available = this.entities(slot).filter((e) => e.from <= year);
      zipf = available.length > 0 ? new Zipf(available, 1.05) : null;
      this.zipfCache.set(id, zipf);
    }
    return zipf ? zipf.draw(random) : null;
  }
}
