import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '@/lib/entities/dates';
import { seedEntities, seedFacts } from '@/lib/entities/seed';
import type { EntityType } from '@/lib/entities/types';
import { loadRecord } from './load';
import { MAX_QUOTE_WORDS, RECORD_ROLES, recordFileSchema, wordCount } from './schema';
import { mergeRecord } from './to-seed';
import { eraForDate } from '@/lib/articles/era';

const record = loadRecord();
const merged = mergeRecord(seedEntities, seedFacts, record);
const typeOf = new Map<string, EntityType>(merged.entities.map((e) => [e.key, e.type]));
const refs = new Map(record.references.map((r) => [r.key, r]));

describe('the exercise record (prisma/record/exercises.json)', () => {
  it('parses against its schema', () => {
    expect(recordFileSchema.safeParse(record).success).toBe(true);
  });

  it('defines each key once, and no new entity reuses a key of the seed', () => {
    const seedKeys = new Set(seedEntities.map((e) => e.key));
    const added = record.entities.filter((e) => !e.existing).map((e) => e.key);
    expect(added.filter((k) => seedKeys.has(k))).toEqual([]);
    expect(new Set(added).size).toBe(added.length);
    const refKeys = record.references.map((r) => r.key);
    expect(new Set(refKeys).size).toBe(refKeys.length);
    const urls = record.references.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('states each fact once per reference (the seed keys facts by kind, entities, role, dates and reference)', () => {
    const keys = record.facts.map((f) => [f.kind, f.subject, f.object, f.role ?? '', f.from ?? '', f.to ?? '', f.ref].join('|'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('marks as existing only exercises the seed already has', () => {
    for (const e of record.entities.filter((x) => x.existing)) expect(typeOf.get(e.key), e.key).toBe('exercise');
  });

  it('gives every fact and every date a defined reference and a quote of at most 25 words', () => {
    const supports = [
      ...record.facts.map((f) => ({ where: `${f.kind} ${f.subject} → ${f.object}`, ref: f.ref, quote: f.quote })),
      ...record.entities.flatMap((e) => (e.dates ? [{ where: `${e.key} dates`, ...e.dates }] : [])),
    ];
    for (const s of supports) {
      expect(refs.has(s.ref), `${s.where}: unknown reference ${s.ref}`).toBe(true);
      expect(wordCount(s.quote), `${s.where}: "${s.quote}"`).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
      expect(s.quote.trim().length, s.where).toBeGreaterThan(0);
    }
  });

  it('names only entities of the seed or of the record, of the types each kind relates', () => {
    const expected: Record<string, { subject: EntityType[]; object: EntityType[] }> = {
      'participated-in': { subject: ['country', 'organization'], object: ['exercise'] },
      'held-in': { subject: ['exercise'], object: ['place', 'country'] },
      'located-at': { subject: ['place'], object: ['place', 'country'] },
      'part-of': { subject: ['exercise', 'place'], object: ['exercise', 'place', 'country'] },
      'member-of': { subject: ['country'], object: ['organization'] },
    };
    for (const f of record.facts) {
      const where = `${f.kind} ${f.subject} → ${f.object}`;
      const rule = expected[f.kind];
      expect(rule, where).toBeDefined();
      expect(rule?.subject, `${where}: subject`).toContain(typeOf.get(f.subject));
      expect(rule?.object, `${where}: object`).toContain(typeOf.get(f.object));
    }
  });

  it('gives participation a role from the allowed set, and other kinds none', () => {
    for (const f of record.facts) {
      if (f.kind === 'participated-in') expect(RECORD_ROLES, `${f.subject} → ${f.object}`).toContain(f.role);
      else expect(f.role, `${f.kind} ${f.subject} → ${f.object}`).toBeUndefined();
    }
  });

  it('dates every exercise of the record to a known precision, ending no earlier than it starts', () => {
    for (const e of record.entities) {
      const isExercise = e.existing || e.type === 'exercise';
      if (!isExercise || (!e.existing && e.subtype === 'series')) continue;
      expect(e.dates, `${e.key} has no dates`).toBeDefined();
      if (!e.dates) continue;
      const start = parsePartialDate(e.dates.start).date;
      expect(start.getUTCFullYear(), e.key).toBeGreaterThanOrEqual(2000);
      expect(start.getUTCFullYear(), e.key).toBeLessThanOrEqual(2025);
      if (e.dates.end) expect(parsePartialDate(e.dates.end).date >= start, e.key).toBe(true);
    }
    for (const f of record.facts) {
      if (f.from) parsePartialDate(f.from);
      if (f.to) parsePartialDate(f.to);
    }
  });

  it('puts every exercise of the record in a series or gives it an organizer or participants', () => {
    const exercises = merged.entities.filter((e) => e.type === 'exercise' && e.subtype !== 'series' && e.start && 'reference' in e.start.support);
    for (const e of exercises) {
      const participants = record.facts.filter((f) => f.kind === 'participated-in' && f.object === e.key && f.role !== 'stayed-away' && f.role !== 'observer');
      expect(participants.length, `${e.key} has no participant`).toBeGreaterThan(0);
    }
  });
  it('holds at least 80 dated exercises, at least 30 before 24 February 2022 and 30 after', () => {
    const dated = merged.entities.filter((e) => e.type === 'exercise' && e.subtype !== 'series' && e.start);
    const eras = dated.map((e) => eraForDate(parsePartialDate(e.start?.value ?? '').date));
    expect(dated.length).toBeGreaterThanOrEqual(80);
    expect(eras.filter((era) => era === 'CSTO_ERA').length).toBeGreaterThanOrEqual(30);
    expect(eras.filter((era) => era === 'POST_2022').length).toBeGreaterThanOrEqual(30);
  });
});
