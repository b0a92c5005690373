-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "FactRevision" (
    "id" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "subjectId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "seedKey" TEXT,
    "actorId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetagJob" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "articleIds" TEXT[],
    "done" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RetagJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactRevision_factId_version_idx" ON "FactRevision"("factId", "version");

-- CreateIndex
CREATE INDEX "FactRevision_subjectId_idx" ON "FactRevision"("subjectId");

-- CreateIndex
CREATE INDEX "FactRevision_objectId_idx" ON "FactRevision"("objectId");

-- CreateIndex
CREATE INDEX "FactRevision_seedKey_idx" ON "FactRevision"("seedKey");

-- CreateIndex
CREATE INDEX "RetagJob_entityId_createdAt_idx" ON "RetagJob"("entityId", "createdAt");

-- CreateIndex
CREATE INDEX "RetagJob_status_idx" ON "RetagJob"("status");

-- A retired entity leaves search: its document is not rebuilt (the Entity trigger calls this on update).
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
  WHERE e.id = eid AND e."retiredAt" IS NULL;
  PERFORM search_refresh_summary(s.id) FROM "Summary" s WHERE s."entityId" = eid;
END $$;
