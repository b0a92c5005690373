-- CreateTable
CREATE TABLE "BriefPresence" (
    "briefId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "BriefPresence_pkey" PRIMARY KEY ("briefId","userId")
);

-- AddForeignKey
ALTER TABLE "BriefPresence" ADD CONSTRAINT "BriefPresence_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefPresence" ADD CONSTRAINT "BriefPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
