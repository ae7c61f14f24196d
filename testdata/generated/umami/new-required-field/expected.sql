-- AlterTable
ALTER TABLE "website" ADD COLUMN     "owner_email" VARCHAR(255) NOT NULL;

-- CreateIndex
CREATE INDEX "session_replay_visit_id_idx" ON "session_replay"("visit_id");
