-- AlterTable
ALTER TABLE "website" ALTER COLUMN "domain" SET NOT NULL;

-- CreateIndex
CREATE INDEX "session_replay_visit_id_idx" ON "session_replay"("visit_id");
