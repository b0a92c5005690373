import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/lib/entities/types';
import type { FactKind, SeedEntity, Support } from '@/lib/entities/seed-types';
import { parseArticle } from '@/lib/importer';
import { seedEntities, seedFacts } from './index';

const paragraphsOf = new Map<string, string[]>();
function paragraphs(file: string): string[] {
  let known = paragraphsOf.get(file);
  if (!known) {
    const raw = readFileSync(new URL(`../../../prisma/corpus/${file}`, import.meta.url), 'utf8');
    known = parseArticle(raw).paragraphs.map((paragraph) => paragraph.text);
    paragraphsOf.set(file, known);
  }
  return known;
}

const normalise = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const byKey = new Map(seedEntities.map((entity) => [entity.key, entity]));
const typeOf = (key: string): EntityType | undefined => byKey.get(key)?.type;

/** Every support in the seed, with where it came from, for the citation checks. */
function allSupports(): { where: string; support: Support }[] {
  const out: { where: string; support: Support }[] = [];
  for (const entity of seedEntities) {
    if (entity.start) out.push({ where: `${entity.key} start`, support: entity.start.support });
    if (entity.end) out.push({ where: `${entity.key} end`, support: entity.end.support });
    if (entity.coordinates) out.push({ where: `${entity.key} coordinates`, support: entity.coordinates.support });
  }
  for (const fact of seedFacts) out.push({ where: `${fact.kind} ${fact.subject} → ${fact.object}`, support: fact.support });
  return out;
}

// The relations the contract describes, plus two it implies: states in regions (part-of) and
// exercises or wars held in a state rather than a named place (held-in).
const ALLOWED: Record<FactKind, { subject: EntityType[]; object: EntityType[] }> = {
  'member-of': { subject: ['country', 'organization'], object: ['organization'] },
  'participated-in': { subject: ['country', 'organization', 'person'], object: ['exercise', 'event'] },
  'located-at': { subject: ['exercise', 'event'], object: ['place', 'country'] },
  'held-in': { subject: ['exercise', 'event'], object: ['place', 'country'] },
  commands: { subject: ['person'], object: ['organization'] },
  leads: { subject: ['person'], object: ['organization', 'country'] },
  'part-of': { subject: ['exercise', 'organization', 'place', 'country'], object: ['exercise', 'organization', 'place', 'country'] },
  signed: { subject: ['country', 'person'], object: ['event'] },
  met: { subject: ['person'], object: ['person'] },
};

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

describe('seed entities', () => {
  it('have unique kebab-case keys', () => {
    const keys = seedEntities.map((entity) => entity.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('have distinct canonical names once normalised', () => {
    const seen = new Map<string, string>();
    for (const entity of seedEntities) {
      const name = normalise(entity.name);
      expect(seen.get(name), `${entity.key} and ${seen.get(name)} share "${entity.name}"`).toBeUndefined();
      seen.set(name, entity.key);
    }
  });

  it('give no unambiguous form to two entities', () => {
    const owner = new Map<string, string>();
    for (const entity of seedEntities) {
      const forms = [{ name: entity.name, ambiguous: false, kind: 'canonical' }, ...entity.names];
      for (const form of forms) {
        if (form.ambiguous || form.kind === 'surname') continue;
        const name = normalise(form.name);
        const other = owner.get(name);
        expect(other === undefined || other === entity.key, `"${form.name}" names ${other} and ${entity.key}`).toBe(true);
        owner.set(name, entity.key);
      }
    }
  });

  it('repeat no form within an entity, and never the canonical name', () => {
    for (const entity of seedEntities) {
      const names = [entity.name, ...entity.names.map((form) => form.name)];
      expect(new Set(names).size, entity.key).toBe(names.length);
    }
  });

  it('give context words to every entity with an ambiguous form', () => {
    for (const entity of seedEntities.filter((e) => e.names.some((form) => form.ambiguous))) {
      expect(entity.contextWords?.length ?? 0, entity.key).toBeGreaterThan(0);
    }
  });

  it('give every person a surname form', () => {
    for (const person of seedEntities.filter((entity) => entity.type === 'person')) {
      expect(person.names.some((form) => form.kind === 'surname' && form.lang === 'en'), person.key).toBe(true);
    }
  });

  it('date every exercise and give it at least one participant', () => {
    for (const exercise of seedEntities.filter((entity) => entity.type === 'exercise')) {
      expect(exercise.start, exercise.key).toBeDefined();
      const participations = seedFacts.filter((fact) => fact.kind === 'participated-in' && fact.object === exercise.key);
      expect(participations.length, exercise.key).toBeGreaterThan(0);
    }
  });

  it('write dates to a known precision, starts before ends', () => {
    const check = (entity: SeedEntity): void => {
      if (entity.start) expect(entity.start.value, entity.key).toMatch(DATE);
      if (entity.end) expect(entity.end.value, entity.key).toMatch(DATE);
      if (entity.start && entity.end) expect(entity.start.value <= entity.end.value, entity.key).toBe(true);
    };
    seedEntities.forEach(check);
  });
});

describe('seed facts', () => {
  it('relate entities that exist, of the kinds the relation takes', () => {
    for (const fact of seedFacts) {
      const label = `${fact.kind} ${fact.subject} → ${fact.object}`;
      const subject = typeOf(fact.subject);
      const object = typeOf(fact.object);
      expect(subject, label).toBeDefined();
      expect(object, label).toBeDefined();
      expect(subject && ALLOWED[fact.kind].subject.includes(subject), label).toBe(true);
      expect(object && ALLOWED[fact.kind].object.includes(object), label).toBe(true);
      expect(fact.subject, label).not.toBe(fact.object);
    }
  });

  it('give a role to participations and to nothing else', () => {
    for (const fact of seedFacts) {
      expect(fact.role !== undefined, `${fact.kind} ${fact.subject} → ${fact.object}`).toBe(fact.kind === 'participated-in');
    }
  });

  it('write from and to as dates, from before to', () => {
    for (const fact of seedFacts) {
      if (fact.from) expect(fact.from).toMatch(DATE);
      if (fact.to) expect(fact.to).toMatch(DATE);
      if (fact.from && fact.to) expect(fact.from <= fact.to).toBe(true);
    }
  });

  // The knowledge-base writer keys facts by relation, dates and source paragraph (all editor
  // sources count as one), so two facts must differ in one of those.
  it('are not repeated with the same source', () => {
    const source = (support: Support) =>
      'editorSupplied' in support ? 'editor' : 'reference' in support ? `ref:${support.reference}` : `${support.article}#${support.paragraph}`;
    const ids = seedFacts.map((fact) => [fact.kind, fact.subject, fact.object, fact.role, fact.from, fact.to, source(fact.support)].join('|'));
    const repeated = ids.filter((key, index) => ids.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });
});

describe('citations', () => {
  it('name a paragraph that exists and contains the quote', () => {
    for (const { where, support } of allSupports()) {
      // References belong to the exercise record (prisma/record/), validated by its own test.
      expect('reference' in support, `${where} cites a record reference`).toBe(false);
      if ('reference' in support) continue;
      if ('editorSupplied' in support) {
        expect(support.editorSupplied.trim(), where).not.toBe('');
        continue;
      }
      const paragraph = paragraphs(support.article)[support.paragraph - 1];
      expect(paragraph, `${where}: ${support.article} ¶${support.paragraph}`).toBeDefined();
      expect(support.quote.length, where).toBeGreaterThan(0);
      expect(paragraph?.includes(support.quote), `${where}: "${support.quote}" not in ${support.article} ¶${support.paragraph}`).toBe(true);
    }
  });
});
