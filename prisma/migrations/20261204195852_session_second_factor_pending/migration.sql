-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "secondFactorPending" BOOLEAN NOT NULL DEFAULT false;
