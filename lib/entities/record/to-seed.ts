import type { SeedEntity, SeedFact, SeedReference, Support } from '@/lib/entities/seed-types';
import type { RecordFile } from './schema';

export interface SeedFromRecord {
  entities: SeedEntity[];
  facts: SeedFact[];
  references: SeedReference[];
}

const support = (ref: string, quote: string): Support => ({ reference: ref, quote });

/**
 * The hand-curated seed with the exercise record added: new entities appended, and for exercises
 * the seed already has, the record's referenced dates replace the seed's (which rest on general
 * knowledge where the record has a page that states them).
 */
export function mergeRecord(base: SeedEntity[], baseFacts: SeedFact[], record: RecordFile): SeedFromRecord {
  const datesFor = new Map<string, SeedEntity['start'] & {}>();
  const endsFor = new Map<string, SeedEntity['end'] & {}>();
  const added: SeedEntity[] = [];
  for (const e of record.entities) {
    const start = e.dates ? { value: e.dates.start, support: support(e.dates.ref, e.dates.quote) } : undefined;
    const end = e.dates?.end ? { value: e.dates.end, support: support(e.dates.ref, e.dates.quote) } : undefined;
    if (e.existing) {
      if (start) datesFor.set(e.key, start);
      if (end) endsFor.set(e.key, end);
      continue;
    }
    added.push({
      key: e.key,
      type: e.type,
      subtype: e.subtype,
      name: e.name,
      names: e.names,
      contextWords: e.contextWords,
      description: e.description,
      start,
      end,
    });
  }
  const entities = [
    ...base.map((e) => {
      const start = datesFor.get(e.key);
      return start ? { ...e, start, end: endsFor.get(e.key) } : e;
    }),
    ...added,
  ];
  const facts: SeedFact[] = [
    ...baseFacts,
    ...record.facts.map((f) => ({
      kind: f.kind,
      subject: f.subject,
      object: f.object,
      role: f.role,
      from: f.from,
      to: f.to,
      support: support(f.ref, f.quote),
    })),
  ];
  const references = record.references.map((r) => ({ key: r.key, url: r.url, publication: r.publication, title: r.title ?? '', published: r.published }));
  return { entities, facts, references };
}
