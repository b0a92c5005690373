-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "datesQuote" TEXT,
ADD COLUMN     "datesReferenceId" TEXT;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_datesReferenceId_fkey" FOREIGN KEY ("datesReferenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
