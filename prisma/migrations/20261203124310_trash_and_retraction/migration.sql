-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "trashedAt" TIMESTAMP(3),
ADD COLUMN     "trashedById" TEXT;

-- AlterTable
ALTER TABLE "Summary" ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBody" TEXT,
ADD COLUMN     "retractedById" TEXT,
ADD COLUMN     "retractionReason" TEXT;
