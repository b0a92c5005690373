import type pg from 'pg';
import type { Batch } from './corpus-rows';

// Per-row arrays (authors, years, notes) travel as JSON text, since unnest() cannot take ragged
// two-dimensional arrays; each becomes a PostgreSQL array again on the way in.
const jsonArray = (column: string, type: string) =>
  `coalesce((SELECT array_agg(x::${type}) FROM json_array_elements_text(${column}::json) x), '{}')`;

const INSERT_SOURCES = `
  INSERT INTO "Source" (id, slug, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`;

const INSERT_ARTICLES = `
  INSERT INTO "Article" (id, slug, "contentHash", "fileName", "rawText", "parsedTitle", "parsedAuthors", "parsedSourceId",
    "parsedPublicationProvenance", "parsedPublicationEvidence", "parsedPublishedAt", "parsedDatePrecision",
    "parsedTzOffsetMinutes", "parsedDateText", "yearsMentioned", "removedFurniture", "importNotes", "sourceId",
    "publishedAt", era, "eraBasis")
  SELECT u.id, u.slug, u.hash, u.file, u.raw, u.title, ${jsonArray('u.authors', 'text')}, u.source,
    CASE WHEN u.source IS NULL THEN NULL ELSE 'LABEL'::"PublicationProvenance" END, u.evidence, u.published,
    u.precision::"DatePrecision", u.tz, u.date_text, ${jsonArray('u.years', 'int')}, '[]'::jsonb,
    ${jsonArray('u.notes', 'text')}, u.source, u.published, u.era::"Era", u.basis::"EraBasis"
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
    $10::timestamp[], $11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])
    AS u(id, slug, hash, file, raw, title, authors, source, evidence, published, precision, tz, date_text, years, notes, era, basis)`;

const INSERT_PARAGRAPHS = `
  INSERT INTO "Paragraph" (id, "articleId", position, kind, text)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::"ParagraphKind"[], $5::text[])`;

const INSERT_MENTIONS = `
  INSERT INTO "Mention" (id, "paragraphId", "entityId", start, "end", surface, method)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])`;

/**
 * One transaction per batch: sources, articles, paragraphs, mentions. The search triggers fire
 * inside it (per article, then once per paragraph statement), so SearchDocument is current at commit.
 * `skipMentionChecks` (superusers only) turns off the foreign-key checks for the mentions, as
 * pg_restore --disable-triggers does: their paragraphs were inserted just before and their entities
 * read from the database, and the checks are half the cost of the largest table.
 */
export async function insertBatch(client: pg.Client, batch: Batch, { skipMentionChecks }: { skipMentionChecks: boolean }): Promise<void> {
  const { sources: s, articles: a, paragraphs: p, mentions: m } = batch;
  await client.query('BEGIN');
  try {
    if (s.id.length > 0) await client.query(INSERT_SOURCES, [s.id, s.slug, s.name]);
    await client.query(INSERT_ARTICLES, [
      a.id, a.slug, a.contentHash, a.fileName, a.rawText, a.title, a.authors, a.sourceId, a.evidence,
      a.publishedAt, a.precision, a.tzOffset, a.dateText, a.years, a.notes, a.era, a.eraBasis,
    ]);
    await client.query(INSERT_PARAGRAPHS, [p.id, p.articleId, p.position, p.kind, p.text]);
    // Replica mode also skips Mention's search trigger, which fills the articles' "entityIds":
    // that is done here, once for the batch, as the trigger would.
    if (skipMentionChecks) await client.query('SET LOCAL session_replication_role = replica');
    if (m.id.length > 0) await client.query(INSERT_MENTIONS, [m.id, m.paragraphId, m.entityId, m.start, m.end, m.surface, m.method]);
    if (skipMentionChecks && m.id.length > 0) await client.query('SELECT search_refresh_entity_ids($1::text[])', [a.id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
