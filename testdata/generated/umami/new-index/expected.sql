-- CreateIndex
CREATE INDEX "board_type_idx" ON "board"("type");

-- CreateIndex
CREATE INDEX "session_replay_visit_id_idx" ON "session_replay"("visit_id");
