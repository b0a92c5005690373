-- /search at 100,000 articles (budget: median 30 ms, p95 100 ms; npm run bench:search). Searches
-- read a bounded set of documents (lib/search/run-search.ts): article counts capped, ranking among
-- candidates, filters on indexes. What they need:

-- Whatever an index cannot answer reads the vector: the recheck of a phrase, a filter on a walk in
-- date order, ts_rank_cd. In TOAST, each such read looked up the TOAST index and fetched two chunks
-- from pages of their own; kept in the row, it costs nothing past the row's page. A vector too long
-- for a page still goes to TOAST, as the texts do (read only for the page's headlines).
ALTER TABLE "SearchDocument" ALTER COLUMN "vector" SET STORAGE MAIN;

-- The entity filter: the entities an article mentions (proposed or accepted), on the article's
-- document and on its summary's, with a GIN index for the rarer entities (a common one is tested
-- on the rows). Also how an entity is placed in a date range by the articles naming it
-- (lib/search/filters.ts). Before, each search joined every mention of the entity.
ALTER TABLE "SearchDocument" ADD COLUMN "entityIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The mentions are read paragraph by paragraph (a LATERAL kept apart by OFFSET 0, on Mention's
-- paragraphId index): as a plain join, a planner without fresh statistics (tables just filled in
-- bulk) hashed every mention of the table for each article, and tagging a batch took seconds.
CREATE FUNCTION search_entity_ids(aid text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT m."entityId" ORDER BY m."entityId"), ARRAY[]::text[])
  FROM "Paragraph" p
  CROSS JOIN LATERAL (SELECT x."entityId" FROM "Mention" x WHERE x."paragraphId" = p.id AND x.status <> 'REJECTED' OFFSET 0) m
  WHERE p."articleId" = aid
$$;

CREATE FUNCTION search_refresh_entity_ids(aids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "SearchDocument" d SET "entityIds" = x.ids
  FROM (SELECT a.id, search_entity_ids(a.id) AS ids FROM unnest(aids) AS a(id)) x
  WHERE d."articleId" = x.id AND d.kind IN ('article', 'summary') AND d."entityIds" IS DISTINCT FROM x.ids;
$$;

-- Whether an article published in [lo, hi) names the entity (a mention not rejected): the last
-- test of the date filter for an entity's document (lib/search/filters.ts). Planned as bitmaps of
-- "entityIds" and publishedAt, which read that entity's articles in the range only: left to itself
-- the planner, which cannot know that an entity is named in some years and not others, read the
-- whole table for Khazri-2023 against 2015-2019 (0.6 s at 100,000 articles).
CREATE FUNCTION search_names_between(eid text, lo timestamp, hi timestamp) RETURNS boolean
LANGUAGE sql STABLE SET enable_seqscan = off SET enable_indexscan = off AS $$
  SELECT EXISTS (
    SELECT 1 FROM "SearchDocument"
    WHERE kind = 'article' AND "entityIds" @> ARRAY[eid] AND "publishedAt" >= lo AND "publishedAt" < hi)
$$;

-- Mentions arrive in bulk (the tagger's createMany): one refresh per statement. A mention deleted
-- with its paragraph is no longer joined to an article here; the paragraph's own trigger then
-- refreshes the article, which recomputes the column (search_refresh_article, below).
CREATE FUNCTION search_on_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  aids text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT p."articleId") INTO aids FROM new_rows m JOIN "Paragraph" p ON p.id = m."paragraphId";
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT p."articleId") INTO aids
    FROM (SELECT "paragraphId" FROM old_rows UNION SELECT "paragraphId" FROM new_rows) m
    JOIN "Paragraph" p ON p.id = m."paragraphId";
  ELSE
    SELECT array_agg(DISTINCT p."articleId") INTO aids FROM old_rows m JOIN "Paragraph" p ON p.id = m."paragraphId";
  END IF;
  IF aids IS NOT NULL THEN PERFORM search_refresh_entity_ids(aids); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_mention_insert AFTER INSERT ON "Mention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_mentions();
CREATE TRIGGER search_mention_update AFTER UPDATE ON "Mention"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_mentions();
CREATE TRIGGER search_mention_delete AFTER DELETE ON "Mention"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_mentions();

-- As in 20261122090000_search_eras, with "entityIds": the rewritten row recomputes it.
CREATE OR REPLACE FUNCTION search_refresh_summary(sid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'summary' AND "refId" = sid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "entityType", "articleId", "entityId", title, summary, era, eras, "publishedAt", vector, "entityIds")
  SELECT 'summary', s.id, coalesce(e.slug, a.slug), e.type, s."articleId", s."entityId",
         t.title, s."publishedBody", t.era, search_eras(t.era), s."publishedAt",
         search_vector(t.title, s."publishedBody", NULL),
         CASE WHEN s."articleId" IS NULL THEN ARRAY[]::text[] ELSE search_entity_ids(s."articleId") END
  FROM "Summary" s
  LEFT JOIN "Article" a ON a.id = s."articleId"
  LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
  LEFT JOIN "Entity" e ON e.id = s."entityId"
  CROSS JOIN LATERAL (SELECT coalesce(e.name, c.title, a."parsedTitle", a.slug) AS title, coalesce(a.era, e.era) AS era) t
  WHERE s.id = sid AND s."publishedBody" IS NOT NULL AND coalesce(e.slug, a.slug) IS NOT NULL;
END $$;

CREATE OR REPLACE FUNCTION search_refresh_article(aid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before "Era"[] := (SELECT eras FROM "SearchDocument" WHERE kind = 'article' AND "refId" = aid);
  after "Era"[];
  article_slug text;
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'article' AND "refId" = aid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "articleId", title, summary, body, era, eras, "publishedAt", vector, "entityIds")
  SELECT 'article', a.id, a.slug, a.id, t.title, t.summary, t.body, a.era, search_eras(a.era), a."publishedAt",
         search_vector(t.title, t.summary, t.body), search_entity_ids(a.id)
  FROM "Article" a
  LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
  CROSS JOIN LATERAL (SELECT
    coalesce(c.title, a."parsedTitle", a.slug) AS title,
    coalesce((SELECT s."publishedBody" FROM "Summary" s WHERE s."articleId" = a.id), '') AS summary,
    coalesce((SELECT string_agg(p.text, E'\n\n' ORDER BY p.position) FROM "Paragraph" p WHERE p."articleId" = a.id), '') AS body
  ) t
  WHERE a.id = aid
  RETURNING eras, slug INTO after, article_slug;
  -- Only an era that changed reaches the briefs: imports refresh an article several times.
  IF before IS NOT NULL AND after IS DISTINCT FROM before THEN
    PERFORM search_refresh_briefs_citing(article_slug);
  END IF;
  PERFORM search_refresh_summary(s.id) FROM "Summary" s WHERE s."articleId" = aid;
END $$;

-- Backfill, before the rewrite below, which leaves no dead rows behind; the text index is rebuilt
-- after it rather than updated row by row.
DROP INDEX "SearchDocument_vector_idx";
UPDATE "SearchDocument" d SET "entityIds" = x.ids
FROM (
  SELECT p."articleId", array_agg(DISTINCT m."entityId" ORDER BY m."entityId") AS ids
  FROM "Paragraph" p JOIN "Mention" m ON m."paragraphId" = p.id
  WHERE m.status <> 'REJECTED'
  GROUP BY p."articleId"
) x
WHERE d."articleId" = x."articleId" AND d.kind IN ('article', 'summary');

-- Ranking: a title match comes first. Its own column (the weight-A lexemes, as ts_filter(vector,
-- '{a}') keeps them) is small, so the test costs nothing in the row and has an index for finding
-- the articles whose title matches; generated, it follows the vector through every write. Adding it
-- rewrites the table: every vector moves into its row (STORAGE MAIN, above).
ALTER TABLE "SearchDocument" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (ts_filter("vector", '{a}')) STORED;

CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");
-- The documents that are not articles (entities, briefs, summaries: few) are all counted and ranked
-- for every search, through their own text index rather than by filtering every article match.
CREATE INDEX "SearchDocument_other_vector_idx" ON "SearchDocument" USING GIN ("vector") WHERE kind <> 'article';
CREATE INDEX "SearchDocument_article_title_idx" ON "SearchDocument" USING GIN ("titleVector") WHERE kind = 'article';
-- Ranking: the newest matching articles, walked in date order when the words are common, overall
-- and within an era (an article's only era is its column "era"). Carrying the title's lexemes, the
-- walk for the newest title matches reads the index alone: no row is visited for an article whose
-- title does not match, where sorting every title match by date visited thousands.
CREATE INDEX "SearchDocument_article_publishedAt_idx" ON "SearchDocument" ("publishedAt" DESC NULLS LAST)
  INCLUDE ("refId", "titleVector") WHERE kind = 'article';
CREATE INDEX "SearchDocument_article_era_publishedAt_idx" ON "SearchDocument" (era, "publishedAt" DESC NULLS LAST)
  INCLUDE ("refId", "titleVector") WHERE kind = 'article';
CREATE INDEX "SearchDocument_entityIds_idx" ON "SearchDocument" USING GIN ("entityIds");
