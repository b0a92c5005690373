import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { documentsSql } from './filters';
import { tsquerySql } from './tsquery-sql';

const flat = (sql: string) => sql.replace(/\s+/g, ' ');

const TSQUERY = Prisma.sql`${"'drill'"}::tsquery`;

describe('documentsSql', () => {
  it('matches the era among every era of a document, which for a brief are several', () => {
    const sql = documentsSql(TSQUERY, { era: 'CSTO_ERA' });
    expect(flat(sql.sql)).toContain('d.vector @@ ?::tsquery AND ?::"Era" = ANY(d.eras)');
    expect(sql.values).toEqual(["'drill'", 'CSTO_ERA']);
  });

  it('is one scan of the text index without dates', () => {
    expect(flat(documentsSql(TSQUERY, {}).sql)).toBe('(SELECT d.* FROM "SearchDocument" d WHERE d.vector @@ ?::tsquery AND TRUE AND TRUE)');
  });

  it('dates entities by their own dates, their facts and the articles that name them', () => {
    const sql = flat(documentsSql(TSQUERY, { from: '2010-01-01', to: '2010-12-31' }).sql);
    const [others, entities] = sql.split('UNION ALL');
    expect(others).toContain(`d.kind <> 'entity' AND d.vector @@ ?::tsquery`);
    expect(others).toContain('d."publishedAt" >= ?::date::timestamp AND d."publishedAt" < (?::date + 1)::timestamp');
    expect(entities).toContain(`d.kind = 'entity' AND ts_match_vq(d.vector, ?::tsquery)`);
    for (const source of ['"Entity" e WHERE e.id = d."entityId"', '"Fact" f WHERE f."subjectId" = d."entityId"',
      '"Fact" f WHERE f."objectId" = d."entityId"', 'm."entityId" = d."entityId"']) {
      expect(entities).toContain(source);
    }
    expect(entities).toContain(`m.status IN ('PROPOSED', 'ACCEPTED')`);
    expect(entities).not.toContain('d."publishedAt"');
  });

  it('leaves an open end unbounded and binds every value', () => {
    const sql = documentsSql(TSQUERY, { from: "2010-01-01'; drop table x; --" });
    expect(flat(sql.sql)).toContain(`d."publishedAt" < 'infinity'::timestamp`);
    expect(flat(sql.sql)).not.toContain('drop table');
    expect(new Set(sql.values)).toEqual(new Set(["'drill'", "2010-01-01'; drop table x; --"]));
  });
});

describe('tsquerySql', () => {
  it('parses with websearch_to_tsquery and swaps each placeholder for the typed words and the names', () => {
    const sql = tsquerySql({
      text: 'zq0k -zq1k',
      names: [
        { lexeme: "'zq0k'", typed: 'Unity-2024', tsquery: "('uniti' <-> '2024') | ('birlestik' <-> '2024')" },
        { lexeme: "'zq1k'", typed: 'Kazakhstan', tsquery: "('kazakhstan')" },
      ],
      extra: '',
    });
    expect(flat(sql.sql).match(/replace\(/g)).toHaveLength(2);
    expect(sql.values).toEqual(['zq0k -zq1k', "'zq0k'", 'Unity-2024', "('uniti' <-> '2024') | ('birlestik' <-> '2024')", "'zq1k'", 'Kazakhstan', "('kazakhstan')"]);
  });

  it('ORs the names of a misspelt one-word query to it', () => {
    const sql = tsquerySql({ text: 'Kazakstan', names: [], extra: "('kazakhstan')" });
    expect(flat(sql.sql)).toMatch(/\|\| \?::tsquery\)$/);
    expect(sql.values).toEqual(['Kazakstan', "('kazakhstan')"]);
  });
});
