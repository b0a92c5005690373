-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('COUNTRY', 'ORGANIZATION', 'EXERCISE', 'PERSON', 'PLACE', 'EVENT');

-- CreateEnum
CREATE TYPE "NameKind" AS ENUM ('CANONICAL', 'OFFICIAL', 'TRANSLATION', 'TRANSLITERATION', 'FORMER', 'ABBREVIATION', 'DEMONYM', 'SURNAME');

-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('MEMBER_OF', 'PARTICIPATED_IN', 'LOCATED_AT', 'HELD_IN', 'COMMANDS', 'LEADS', 'PART_OF', 'SIGNED', 'MET');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('HOST', 'PARTICIPANT', 'OBSERVER', 'ORGANIZER', 'STAYED_AWAY');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "EntityType" NOT NULL,
    "subtype" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "contextWords" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "coordinatesNote" TEXT,
    "startDate" TIMESTAMP(3),
    "startPrecision" "DatePrecision",
    "endDate" TIMESTAMP(3),
    "endPrecision" "DatePrecision",
    "datesParagraphId" TEXT,
    "datesNote" TEXT,
    "era" "Era",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityName" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "kind" "NameKind" NOT NULL,
    "ambiguous" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EntityName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntitySlug" (
    "slug" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,

    CONSTRAINT "EntitySlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "kind" "FactKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "role" "ParticipationRole",
    "fromDate" TIMESTAMP(3),
    "fromPrecision" "DatePrecision",
    "toDate" TIMESTAMP(3),
    "toPrecision" "DatePrecision",
    "paragraphId" TEXT,
    "quote" TEXT,
    "editorNote" TEXT,
    "seedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PROPOSED',

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityCandidate" (
    "id" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "suggestedType" "EntityType" NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PROPOSED',

    CONSTRAINT "EntityCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Entity_slug_key" ON "Entity"("slug");

-- CreateIndex
CREATE INDEX "Entity_type_name_idx" ON "Entity"("type", "name");

-- CreateIndex
CREATE INDEX "EntityName_normalized_idx" ON "EntityName"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "EntityName_entityId_name_key" ON "EntityName"("entityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Fact_seedKey_key" ON "Fact"("seedKey");

-- CreateIndex
CREATE INDEX "Fact_subjectId_kind_idx" ON "Fact"("subjectId", "kind");

-- CreateIndex
CREATE INDEX "Fact_objectId_kind_idx" ON "Fact"("objectId", "kind");

-- CreateIndex
CREATE INDEX "Mention_entityId_status_idx" ON "Mention"("entityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_paragraphId_start_entityId_key" ON "Mention"("paragraphId", "start", "entityId");

-- CreateIndex
CREATE INDEX "EntityCandidate_status_normalized_idx" ON "EntityCandidate"("status", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "EntityCandidate_paragraphId_start_surface_key" ON "EntityCandidate"("paragraphId", "start", "surface");

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_datesParagraphId_fkey" FOREIGN KEY ("datesParagraphId") REFERENCES "Paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityName" ADD CONSTRAINT "EntityName_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntitySlug" ADD CONSTRAINT "EntitySlug_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCandidate" ADD CONSTRAINT "EntityCandidate_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;
