-- Full-text search. SearchDocument is written only by the triggers below, so every write path
-- (import, curation, seed, publishing, raw SQL) keeps it current in the same transaction.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- english stemming after unaccent, so "Türkiye" and "Turkiye" are the same lexeme.
CREATE TEXT SEARCH CONFIGURATION caspian (COPY = english);
ALTER TEXT SEARCH CONFIGURATION caspian
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH unaccent, english_stem;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "entityType" "EntityType",
    "articleId" TEXT,
    "entityId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "era" "Era",
    "publishedAt" TIMESTAMP(3),
    "vector" tsvector,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("kind","refId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchDocument_articleId_idx" ON "SearchDocument"("articleId");

-- CreateIndex
CREATE INDEX "SearchDocument_entityId_idx" ON "SearchDocument"("entityId");

-- CreateIndex
CREATE INDEX "EntityName_normalized_trgm_idx" ON "EntityName" USING GIN ("normalized" gin_trgm_ops);

-- The default parser reads "Unity-2024" as "unity" and the signed number "-2024"; dashes become
-- spaces on both sides (documents here, queries in lib/search) so "Unity – 2024" matches too.
CREATE FUNCTION search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(coalesce(t, ''), '-‐‑‒–—―', '       ')
$$;

CREATE FUNCTION search_vector(a text, b text, c text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('caspian', search_fold(a)), 'A')
      || setweight(to_tsvector('caspian', search_fold(b)), 'B')
      || setweight(to_tsvector('caspian', search_fold(c)), 'C')
$$;

CREATE FUNCTION search_refresh_summary(sid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'summary' AND "refId" = sid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "entityType", "articleId", "entityId", title, summary, era, "publishedAt", vector)
  SELECT 'summary', s.id, coalesce(e.slug, a.slug), e.type, s."articleId", s."entityId",
         t.title, s."publishedBody", coalesce(a.era, e.era), s."publishedAt",
         search_vector(t.title, s."publishedBody", NULL)
  FROM "Summary" s
  LEFT JOIN "Article" a ON a.id = s."articleId"
  LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
  LEFT JOIN "Entity" e ON e.id = s."entityId"
  CROSS JOIN LATERAL (SELECT coalesce(e.name, c.title, a."parsedTitle", a.slug) AS title) t
  WHERE s.id = sid AND s."publishedBody" IS NOT NULL AND coalesce(e.slug, a.slug) IS NOT NULL;
END $$;

CREATE FUNCTION search_refresh_article(aid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'article' AND "refId" = aid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "articleId", title, summary, body, era, "publishedAt", vector)
  SELECT 'article', a.id, a.slug, a.id, t.title, t.summary, t.body, a.era, a."publishedAt",
         search_vector(t.title, t.summary, t.body)
  FROM "Article" a
  LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
  CROSS JOIN LATERAL (SELECT
    coalesce(c.title, a."parsedTitle", a.slug) AS title,
    coalesce((SELECT s."publishedBody" FROM "Summary" s WHERE s."articleId" = a.id), '') AS summary,
    coalesce((SELECT string_agg(p.text, E'\n\n' ORDER BY p.position) FROM "Paragraph" p WHERE p."articleId" = a.id), '') AS body
  ) t
  WHERE a.id = aid;
  PERFORM search_refresh_summary(s.id) FROM "Summary" s WHERE s."articleId" = aid;
END $$;

CREATE FUNCTION search_refresh_entity(eid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'entity' AND "refId" = eid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "entityType", "entityId", title, summary, body, era, "publishedAt", vector)
  SELECT 'entity', e.id, e.slug, e.type, e.id, e.name, coalesce(e.description, ''), t.summary, e.era, NULL,
         search_vector(e.name || ' ' || t.names, e.description, t.summary)
  FROM "Entity" e
  CROSS JOIN LATERAL (SELECT
    coalesce((SELECT string_agg(n.name, ' ') FROM "EntityName" n WHERE n."entityId" = e.id), '') AS names,
    coalesce((SELECT s."publishedBody" FROM "Summary" s WHERE s."entityId" = e.id), '') AS summary
  ) t
  WHERE e.id = eid;
  PERFORM search_refresh_summary(s.id) FROM "Summary" s WHERE s."entityId" = eid;
END $$;

-- A brief is searchable while published, as its latest revision; citation markers and entity
-- link brackets are dropped so they neither match nor show in snippets.
CREATE FUNCTION search_refresh_brief(bid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'brief' AND "refId" = bid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, title, body, "publishedAt", vector)
  SELECT 'brief', b.id, b.slug, r.title, t.body, r."publishedAt", search_vector(r.title, NULL, t.body)
  FROM "Brief" b
  CROSS JOIN LATERAL (SELECT * FROM "BriefRevision" x WHERE x."briefId" = b.id ORDER BY x.number DESC LIMIT 1) r
  CROSS JOIN LATERAL (SELECT regexp_replace(regexp_replace(r.body, '\[\^[^\]]*\]', '', 'g'),
                                            '\[\[([^\]|]*)(\|([^\]]*))?\]\]', '\1', 'g') AS body) t
  WHERE b.id = bid AND b.status = 'PUBLISHED';
END $$;

CREATE FUNCTION search_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE kind = 'article' AND "refId" = OLD.id;
  ELSE
    PERFORM search_refresh_article(NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_article AFTER INSERT OR UPDATE OR DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION search_on_article();

CREATE FUNCTION search_on_curation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_article(CASE WHEN TG_OP = 'DELETE' THEN OLD."articleId" ELSE NEW."articleId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER search_curation AFTER INSERT OR UPDATE OR DELETE ON "ArticleCuration"
  FOR EACH ROW EXECUTE FUNCTION search_on_curation();

-- Paragraphs arrive in bulk (createMany): one refresh per article per statement, not per row.
CREATE FUNCTION search_on_paragraphs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_article(id) FROM (SELECT DISTINCT "articleId" AS id FROM old_rows) x;
  ELSE
    PERFORM search_refresh_article(id) FROM (SELECT DISTINCT "articleId" AS id FROM new_rows) x;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_paragraph_insert AFTER INSERT ON "Paragraph"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_paragraphs();
CREATE TRIGGER search_paragraph_update AFTER UPDATE ON "Paragraph"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_paragraphs();
CREATE TRIGGER search_paragraph_delete AFTER DELETE ON "Paragraph"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_paragraphs();

CREATE FUNCTION search_on_entity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE kind = 'entity' AND "refId" = OLD.id;
  ELSE
    PERFORM search_refresh_entity(NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_entity AFTER INSERT OR UPDATE OR DELETE ON "Entity"
  FOR EACH ROW EXECUTE FUNCTION search_on_entity();

CREATE FUNCTION search_on_entity_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_entity(CASE WHEN TG_OP = 'DELETE' THEN OLD."entityId" ELSE NEW."entityId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER search_entity_name AFTER INSERT OR UPDATE OR DELETE ON "EntityName"
  FOR EACH ROW EXECUTE FUNCTION search_on_entity_name();

CREATE FUNCTION search_on_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s "Summary"%ROWTYPE := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE kind = 'summary' AND "refId" = OLD.id;
  END IF;
  IF s."articleId" IS NOT NULL THEN PERFORM search_refresh_article(s."articleId"); END IF;
  IF s."entityId" IS NOT NULL THEN PERFORM search_refresh_entity(s."entityId"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM search_refresh_summary(s.id); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_summary AFTER INSERT OR UPDATE OR DELETE ON "Summary"
  FOR EACH ROW EXECUTE FUNCTION search_on_summary();

CREATE FUNCTION search_on_brief() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE kind = 'brief' AND "refId" = OLD.id;
  ELSE
    PERFORM search_refresh_brief(NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_brief AFTER INSERT OR UPDATE OR DELETE ON "Brief"
  FOR EACH ROW EXECUTE FUNCTION search_on_brief();

CREATE FUNCTION search_on_brief_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_brief(CASE WHEN TG_OP = 'DELETE' THEN OLD."briefId" ELSE NEW."briefId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER search_brief_revision AFTER INSERT OR UPDATE OR DELETE ON "BriefRevision"
  FOR EACH ROW EXECUTE FUNCTION search_on_brief_revision();

-- Backfill what already exists.
SELECT search_refresh_article(id) FROM "Article";
SELECT search_refresh_entity(id) FROM "Entity";
SELECT search_refresh_brief(id) FROM "Brief";
SELECT search_refresh_summary(id) FROM "Summary";
