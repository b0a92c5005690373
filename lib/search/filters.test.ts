import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { articlesWhere, otherDocumentsSql, RECENT_IN_RANGE } from './filters';
import { tsquerySql } from './tsquery-sql';

const flat = (sql: string) => sql.replace(/\s+/g, ' ');

const TSQUERY = Prisma.sql`${"'drill'"}::tsquery`;

describe('otherDocumentsSql', () => {
  it('matches the era among every era of a document, which for a brief are several', () => {
    const sql = otherDocumentsSql(TSQUERY, { era: 'CSTO_ERA' });
    expect(flat(sql.sql)).toContain('d.vector @@ ?::tsquery AND ?::"Era" = ANY(d.eras)');
    expect(sql.values).toEqual(["'drill'", 'CSTO_ERA']);
  });

  it('is one scan of their own text index without dates', () => {
    expect(flat(otherDocumentsSql(TSQUERY, {}).sql)).toBe(
      `(SELECT d.* FROM "SearchDocument" d WHERE d.kind <> 'article' AND d.vector @@ ?::tsquery AND TRUE AND TRUE)`,
    );
  });

  it('finds an entity by itself and other documents by the entities their article mentions', () => {
    const sql = otherDocumentsSql(TSQUERY, { entityId: 'e1' });
    expect(flat(sql.sql)).toContain(`(d."entityId" = ? OR d."entityIds" @> ARRAY[?]::text[])`);
    expect(sql.values).toEqual(["'drill'", 'e1', 'e1']);
  });

  it('dates entities by their own dates, their facts and the articles that name them', () => {
    const sql = flat(otherDocumentsSql(TSQUERY, { from: '2010-01-01', to: '2010-12-31' }).sql);
    const [others, entities] = sql.split('UNION ALL');
    expect(others).toContain(`d.kind <> 'entity' AND d.vector @@ ?::tsquery`);
    expect(others).toContain('d."publishedAt" >= ?::date::timestamp AND d."publishedAt" < (?::date + 1)::timestamp');
    expect(entities).toContain(`d.kind = 'entity' AND d.vector @@ ?::tsquery`);
    for (const source of ['"Entity" e WHERE e.id = d."entityId"', '"Fact" f WHERE f."subjectId" = d."entityId"',
      '"Fact" f WHERE f."objectId" = d."entityId"', 'd."entityId" = ANY(a."entityIds")']) {
      expect(entities).toContain(source);
    }
    // "entityIds" holds the entities of the article's mentions that are not rejected.
    expect(entities).toContain(`a.kind = 'article' AND a."publishedAt" >= ?::date::timestamp AND a."publishedAt" < (?::date + 1)::timestamp`);
    expect(entities).not.toContain('d."publishedAt"');
  });

  it('leaves an open end unbounded and binds every value', () => {
    const sql = otherDocumentsSql(TSQUERY, { from: "2010-01-01'; drop table x; --" });
    expect(flat(sql.sql)).toContain(`d."publishedAt" < 'infinity'::timestamp`);
    expect(flat(sql.sql)).not.toContain('drop table');
    expect(new Set(sql.values)).toEqual(new Set(["'drill'", "2010-01-01'; drop table x; --", RECENT_IN_RANGE]));
  });
});

describe('articlesWhere', () => {
  it('tests the text, the era, the mentioned entity and the date, each on a column an index has', () => {
    const sql = articlesWhere(TSQUERY, { era: 'POST_2022', entityId: 'e1', from: '2023-01-01', to: '2023-12-31' });
    expect(flat(sql.sql)).toBe(
      `d.kind = 'article' AND d.vector @@ ?::tsquery AND d.era = ?::"Era" AND d."entityIds" @> ARRAY[?]::text[] ` +
        `AND d."publishedAt" >= ?::date::timestamp AND d."publishedAt" < (?::date + 1)::timestamp`,
    );
    expect(sql.values).toEqual(["'drill'", 'POST_2022', 'e1', '2023-01-01', '2023-12-31']);
  });

  it('is the text test alone without filters', () => {
    expect(flat(articlesWhere(TSQUERY, {}).sql)).toBe(`d.kind = 'article' AND d.vector @@ ?::tsquery AND TRUE AND TRUE AND TRUE`);
  });
});

describe('tsquerySql', () => {
  it('parses with websearch_to_tsquery and swaps each placeholder for the typed words and the names', () => {
    const sql = tsquerySql({
      text: 'zq0k -zq1k',
      names: [
        { lexeme: "'zq0k'", typed: 'Unity-2024', tsquery: "('uniti' <-> '2024') | ('birlestik' <-> '2024')", variants: [] },
        { lexeme: "'zq1k'", typed: 'Kazakhstan', tsquery: "('kazakhstan')", variants: [] },
      ],
      extra: '',
    });
    expect(flat(sql.sql).match(/replace\(/g)).toHaveLength(2);
    // A placeholder with no names (a term) falls back to its own lexeme, which matches nothing.
    expect(sql.values).toEqual([
      'zq0k -zq1k', "'zq0k'", 'Unity-2024', "('uniti' <-> '2024') | ('birlestik' <-> '2024')", "'zq0k'",
      "'zq1k'", 'Kazakhstan', "('kazakhstan')", "'zq1k'",
    ]);
  });

  it('adds each variant of a term as a phrase of its own', () => {
    const sql = tsquerySql({ text: 'zq0k', names: [{ lexeme: "'zq0k'", typed: 'drills', tsquery: '', variants: ['exercise', 'war game'] }], extra: '' });
    expect(flat(sql.sql).match(/phraseto_tsquery/g)).toHaveLength(3);
    expect(sql.values).toEqual(['zq0k', "'zq0k'", 'drills', 'exercise', 'war game', '', "'zq0k'"]);
  });

  it('ORs the names of a misspelt one-word query to it', () => {
    const sql = tsquerySql({ text: 'Kazakstan', names: [], extra: "('kazakhstan')" });
    expect(flat(sql.sql)).toMatch(/\|\| \?::tsquery\)$/);
    expect(sql.values).toEqual(['Kazakstan', "('kazakhstan')"]);
  });
});
