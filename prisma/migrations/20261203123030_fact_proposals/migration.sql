-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('PARTICIPATED_IN', 'HELD_IN', 'DATED', 'PART_OF');

-- CreateTable
CREATE TABLE "FactProposal" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "subjectId" TEXT,
    "subjectName" TEXT NOT NULL,
    "subjectType" "EntityType" NOT NULL,
    "objectId" TEXT,
    "objectName" TEXT,
    "objectType" "EntityType",
    "role" "ParticipationRole",
    "fromDate" TIMESTAMP(3),
    "fromPrecision" "DatePrecision",
    "toDate" TIMESTAMP(3),
    "toPrecision" "DatePrecision",
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PROPOSED',
    "factId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactProposal_articleId_status_idx" ON "FactProposal"("articleId", "status");

-- CreateIndex
CREATE INDEX "FactProposal_status_createdAt_idx" ON "FactProposal"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FactProposal_paragraphId_kind_start_subjectName_objectName__key" ON "FactProposal"("paragraphId", "kind", "start", "subjectName", "objectName", "role") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "FactProposal" ADD CONSTRAINT "FactProposal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactProposal" ADD CONSTRAINT "FactProposal_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactProposal" ADD CONSTRAINT "FactProposal_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactProposal" ADD CONSTRAINT "FactProposal_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactProposal" ADD CONSTRAINT "FactProposal_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
