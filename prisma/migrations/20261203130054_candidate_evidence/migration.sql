-- A candidate's proposed name (a resolved institution may differ from its surface) and the
-- evidence behind its suggested type. Rows proposed before this keep their surface as their name.
ALTER TABLE "EntityCandidate" ADD COLUMN     "evidence" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "name" TEXT NOT NULL DEFAULT '';

UPDATE "EntityCandidate" SET "name" = "surface";
