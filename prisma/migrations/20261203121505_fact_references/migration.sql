-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "referenceId" TEXT;

-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publication" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "published" TIMESTAMP(3),
    "publishedPrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reference_url_key" ON "Reference"("url");

-- CreateIndex
CREATE INDEX "Fact_referenceId_idx" ON "Fact"("referenceId");

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
