-- The era filter of /search reads "eras": one era per article, summary and dated entity as
-- before, and for a brief every era it discusses, which a single column cannot hold. A brief
-- belongs to the era of each article its latest revision cites, and to the eras its figures
-- compare (a figure's era is "csto-era", "post-2022" or, by default, "both").

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "eras" "Era"[] DEFAULT ARRAY[]::"Era"[];

CREATE FUNCTION search_eras(era "Era") RETURNS "Era"[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN era IS NULL THEN ARRAY[]::"Era"[] ELSE ARRAY[era] END
$$;

CREATE OR REPLACE FUNCTION search_refresh_summary(sid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'summary' AND "refId" = sid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "entityType", "articleId", "entityId", title, summary, era, eras, "publishedAt", vector)
  SELECT 'summary', s.id, coalesce(e.slug, a.slug), e.type, s."articleId", s."entityId",
         t.title, s."publishedBody", t.era, search_eras(t.era), s."publishedAt",
         search_vector(t.title, s."publishedBody", NULL)
  FROM "Summary" s
  LEFT JOIN "Article" a ON a.id = s."articleId"
  LEFT JOIN "ArticleCuration" c ON c."articleId" = a.id
  LEFT JOIN "Entity" e ON e.id = s."entityId"
  CROSS JOIN LATERAL (SELECT coalesce(e.name, c.title, a."parsedTitle", a.slug) AS title, coalesce(a.era, e.era) AS era) t
  WHERE s.id = sid AND s."publishedBody" IS NOT NULL AND coalesce(e.slug, a.slug) IS NOT NULL;
END $$;

-- Briefs citing the article: found through their latest revision's citation snapshot.
CREATE FUNCTION search_refresh_briefs_citing(article_slug text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_brief(d."refId")
  FROM "SearchDocument" d
  CROSS JOIN LATERAL (SELECT x.citations FROM "BriefRevision" x WHERE x."briefId" = d."refId" ORDER BY x.number DESC LIMIT 1) r
  WHERE d.kind = 'brief' AND jsonb_typeof(r.citations) = 'array'
    AND r.citations @> jsonb_build_array(jsonb_build_object('articleSlug', article_slug));
END $$;

CREATE OR REPLACE FUNCTION search_refresh_article(aid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before "Era"[] := (SELECT eras FROM "SearchDocument" WHERE kind = 'article' AND "refId" = aid);
  after "Era"[];
  article_slug text;
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'article' AND "refId" = aid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "articleId", title, summary, body, era, eras, "publishedAt", vector)
  SELECT 'article', a.id, a.slug, a.id, t.title, t.summary, t.body, a.era, search_eras(a.era), a."publishedAt",
         search_vector(t.title, t.summary, t.body)
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

CREATE OR REPLACE FUNCTION search_refresh_entity(eid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'entity' AND "refId" = eid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, "entityType", "entityId", title, summary, body, era, eras, "publishedAt", vector)
  SELECT 'entity', e.id, e.slug, e.type, e.id, e.name, coalesce(e.description, ''), t.summary, e.era, search_eras(e.era), NULL,
         search_vector(e.name || ' ' || t.names, e.description, t.summary)
  FROM "Entity" e
  CROSS JOIN LATERAL (SELECT
    coalesce((SELECT string_agg(n.name, ' ') FROM "EntityName" n WHERE n."entityId" = e.id), '') AS names,
    coalesce((SELECT s."publishedBody" FROM "Summary" s WHERE s."entityId" = e.id), '') AS summary
  ) t
  WHERE e.id = eid;
  PERFORM search_refresh_summary(s.id) FROM "Summary" s WHERE s."entityId" = eid;
END $$;

CREATE OR REPLACE FUNCTION search_refresh_brief(bid text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE kind = 'brief' AND "refId" = bid;
  INSERT INTO "SearchDocument" (kind, "refId", slug, title, body, eras, "publishedAt", vector)
  SELECT 'brief', b.id, b.slug, r.title, t.body, e.eras, r."publishedAt", search_vector(r.title, NULL, t.body)
  FROM "Brief" b
  CROSS JOIN LATERAL (SELECT * FROM "BriefRevision" x WHERE x."briefId" = b.id ORDER BY x.number DESC LIMIT 1) r
  CROSS JOIN LATERAL (SELECT regexp_replace(regexp_replace(r.body, '\[\^[^\]]*\]', '', 'g'),
                                            '\[\[([^\]|]*)(\|([^\]]*))?\]\]', '\1', 'g') AS body) t
  CROSS JOIN LATERAL (SELECT coalesce(array_agg(DISTINCT x.era ORDER BY x.era), ARRAY[]::"Era"[]) AS eras FROM (
    SELECT a.era
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.citations) = 'array' THEN r.citations ELSE '[]' END) c
    JOIN "Article" a ON a.slug = c->>'articleSlug'
    UNION ALL
    SELECT unnest(CASE f->'directive'->>'era'
                    WHEN 'csto-era' THEN ARRAY['CSTO_ERA']::"Era"[]
                    WHEN 'post-2022' THEN ARRAY['POST_2022']::"Era"[]
                    ELSE ARRAY['CSTO_ERA', 'POST_2022']::"Era"[] END)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.figures) = 'array' THEN r.figures ELSE '[]' END) f
  ) x) e
  WHERE b.id = bid AND b.status = 'PUBLISHED';
END $$;

CREATE OR REPLACE FUNCTION search_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE kind = 'article' AND "refId" = OLD.id;
    PERFORM search_refresh_briefs_citing(OLD.slug);
  ELSE
    PERFORM search_refresh_article(NEW.id);
  END IF;
  RETURN NULL;
END $$;

-- Backfill.
UPDATE "SearchDocument" SET eras = search_eras(era) WHERE kind <> 'brief';
SELECT search_refresh_brief(id) FROM "Brief";
