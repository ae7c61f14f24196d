-- CreateIndex
CREATE INDEX "UserTeam_status_idx" ON "UserTeam"("status");
