-- CreateTable
CREATE TABLE "FactProposalRun" (
    "articleId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "proposed" INTEGER,
    "error" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FactProposalRun_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "FactProposalRun_status_queuedAt_idx" ON "FactProposalRun"("status", "queuedAt");

-- AddForeignKey
ALTER TABLE "FactProposalRun" ADD CONSTRAINT "FactProposalRun_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
