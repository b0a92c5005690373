-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "parsedAddress" TEXT;
