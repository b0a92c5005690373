-- CreateEnum
CREATE TYPE "Era" AS ENUM ('CSTO_ERA', 'POST_2022', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "EraBasis" AS ENUM ('PUBLISHED_DATE', 'YEARS_IN_TEXT', 'EDITOR', 'NONE');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY', 'MINUTE');

-- CreateEnum
CREATE TYPE "ParagraphKind" AS ENUM ('TEXT', 'HEADING');

-- CreateEnum
CREATE TYPE "PublicationProvenance" AS ENUM ('LABEL', 'HEADER', 'FOOTER', 'TEXT');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT,
    "rawText" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parsedTitle" TEXT,
    "parsedAuthors" TEXT[],
    "parsedSourceId" TEXT,
    "parsedPublicationProvenance" "PublicationProvenance",
    "parsedPublicationEvidence" TEXT,
    "parsedIssue" TEXT,
    "parsedPublishedAt" TIMESTAMP(3),
    "parsedDatePrecision" "DatePrecision",
    "parsedTzOffsetMinutes" INTEGER,
    "parsedDateText" TEXT,
    "yearsMentioned" INTEGER[],
    "removedFurniture" JSONB NOT NULL,
    "importNotes" TEXT[],
    "sourceId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "era" "Era" NOT NULL,
    "eraBasis" "EraBasis" NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleCuration" (
    "articleId" TEXT NOT NULL,
    "title" TEXT,
    "authors" TEXT[],
    "sourceId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "tzOffsetMinutes" INTEGER,
    "era" "Era",
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleCuration_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ParagraphKind" NOT NULL DEFAULT 'TEXT',
    "text" TEXT NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_era_publishedAt_idx" ON "Article"("era", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_sourceId_publishedAt_idx" ON "Article"("sourceId", "publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_articleId_position_key" ON "Paragraph"("articleId", "position");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_parsedSourceId_fkey" FOREIGN KEY ("parsedSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCuration" ADD CONSTRAINT "ArticleCuration_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCuration" ADD CONSTRAINT "ArticleCuration_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
